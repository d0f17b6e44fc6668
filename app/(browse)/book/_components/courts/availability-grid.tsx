import { useTranslations } from "next-intl";
import { formatPrice } from "@/lib/format";
import type { FacilityGrid, SlotCell } from "@/lib/facilities/grid";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";

import { type CellData, SlotRows } from "./slot-rows";

// The cell, header and table classes are named utilities (availability-grid.css): a grid repeats them hundreds of times.

/** How a cell's price and free courts are written ("£9.50", "2 of 6 free"), in the page's language. */
interface CellWords {
  locale: string;
  free: (remaining: number, maximum: number | undefined) => string;
}

/** A cell as few strings (SlotRows renders it): the same price and court count the grid has always shown. */
function cellData(cell: SlotCell | undefined, shared: boolean, words: CellWords): CellData {
  if (!cell) return 0;
  const courts = shared && cell.remaining !== undefined ? words.free(cell.remaining, cell.maximum) : "";
  return [cell.state, cell.slotId ?? "", cell.endLabel ?? "", formatPrice(cell.price, cell.currency, words.locale), courts];
}

/**
 * One facility's availability as a table: rows are courts (or the facility when its slots stand
 * for several courts), columns start times. Free cells are links named like "Court 3, 18:00–19:00,
 * £9.50, available". The table scrolls sideways inside its own box with the court names kept in view.
 * The box is `relative` so the absolutely positioned screen-reader names are clipped by it too
 * (otherwise they escape it and widen the page on a phone).
 */
export function AvailabilityGrid({ grid, venue, dayLabel, zone }: { grid: FacilityGrid; venue: string; dayLabel: string; zone: string }) {
  const t = useTranslations("book.courts.grid");
  const words: CellWords = {
    locale: useIntlLocale(),
    free: (remaining, maximum) => (maximum !== undefined ? t("freeOf", { remaining, maximum }) : t("free", { remaining })),
  };
  const captionId = `grid-${grid.key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  // imin named neither the facility nor its activity: "Facility", as the corner cell says.
  const name = grid.name ?? t("facility");
  return (
    <section
      aria-labelledby={captionId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it.
      tabIndex={0}
      className="@container relative mt-3 max-w-full overflow-x-auto rounded-lg border border-gray-300 bg-white focus-visible:outline-2 focus-visible:outline-outline"
    >
      <table className="slot-grid">
        <caption id={captionId} className="px-3 pt-2 text-left">
          {/* As wide as the visible box, not the table: a wide grid would cut the caption off mid-word. */}
          <span className="block max-w-[calc(100cqw-1.5rem)]">
            <span className="font-semibold">{name}</span>
            {grid.activity && grid.activity !== name ? <span> ({grid.activity})</span> : null}
            <span className="block text-gray-700">{t("caption", { venue, day: dayLabel, zone })}</span>
          </span>
        </caption>
        <SlotRows
          corner={grid.shared ? t("facility") : t("court")}
          columns={grid.columns}
          rows={grid.rows.map((row) => [row.name ?? name, row.cells.map((cell) => cellData(cell, grid.shared, words))])}
        />
      </table>
    </section>
  );
}
