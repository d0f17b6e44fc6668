import { formatPrice } from "@/lib/format";
import type { FacilityGrid, SlotCell } from "@/lib/facilities/grid";

// The cell, header and table classes are named utilities (availability-grid.css): a grid repeats them hundreds of times.

function when(cell: SlotCell): string {
  return cell.endLabel ? `${cell.startLabel}–${cell.endLabel}` : cell.startLabel;
}

function SlotCellView({ cell, row, shared }: { cell: SlotCell; row: string; shared: boolean }) {
  const price = formatPrice(cell.price, cell.currency);
  const courts =
    shared && cell.remaining !== undefined ? `${cell.remaining}${cell.maximum !== undefined ? ` of ${cell.maximum}` : ""} free` : "";
  if (cell.state === "taken") {
    return <span className="slot slot-taken">Taken</span>;
  }
  const status =
    cell.state === "members"
      ? "members only"
      : cell.state === "unbookable"
        ? "not bookable online"
        : courts
          ? `${courts}, available`
          : "available";
  const visible = cell.state === "members" ? "Members" : cell.state === "unbookable" ? "Not online" : courts || "Book";
  const className = cell.state === "free" ? "slot slot-free" : cell.state === "members" ? "slot slot-members" : "slot slot-unbookable";
  // One sr-only name ("Court 3, 18:00–19:00, £9.50, available"): the visible lines are stacked
  // blocks, which screen readers would otherwise read with stray separators.
  const content = (
    <>
      <span className="sr-only">{`${row}, ${when(cell)}, ${price || "price on booking"}, ${status}`}</span>
      <span aria-hidden="true" className="font-semibold">
        {price || "Price on booking"}
      </span>
      <span aria-hidden="true" className="text-xs">
        {visible}
      </span>
    </>
  );
  if (!cell.slotId) return <span className={className}>{content}</span>;
  // A plain link (not next/link, hundreds of client components): GridNavigation follows it in the app.
  return (
    <a href={`/book/slot/${encodeURIComponent(cell.slotId)}`} className={className}>
      {content}
    </a>
  );
}

/**
 * One facility's availability as a table: rows are courts (or the facility when its slots stand
 * for several courts), columns start times. Free cells are links named like "Court 3, 18:00–19:00,
 * £9.50, available". The table scrolls sideways inside its own box with the court names kept in view.
 * The box is `relative` so the absolutely positioned screen-reader names are clipped by it too
 * (otherwise they escape it and widen the page on a phone).
 */
export function AvailabilityGrid({ grid, venue, dayLabel, zone }: { grid: FacilityGrid; venue: string; dayLabel: string; zone: string }) {
  const captionId = `grid-${grid.key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  return (
    <section
      aria-labelledby={captionId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it.
      tabIndex={0}
      className="relative mt-3 max-w-full overflow-x-auto rounded-lg border border-gray-300 bg-white focus-visible:outline-2 focus-visible:outline-outline"
    >
      <table className="slot-grid">
        <caption id={captionId} className="px-3 pt-2 text-left">
          <span className="font-semibold">{grid.name}</span>
          {grid.activity && grid.activity !== grid.name ? <span> ({grid.activity})</span> : null}
          <span className="block text-gray-700">
            {venue}, {dayLabel}. Times are the venue's local time ({zone}).
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="slot-row text-gray-700">
              {grid.shared ? "Facility" : "Court"}
            </th>
            {grid.columns.map((c) => (
              <th key={c} scope="col" className="slot-col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className="slot-row">
                {row.name}
              </th>
              {row.cells.map((cell, i) => (
                <td key={grid.columns[i]}>
                  {cell ? (
                    <SlotCellView cell={cell} row={row.name} shared={grid.shared} />
                  ) : (
                    <span className="slot slot-none">
                      <span aria-hidden="true">–</span>
                      <span className="sr-only">No slot</span>
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
