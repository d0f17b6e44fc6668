"use client";

import { useTranslations } from "next-intl";
import type { CellState } from "@/lib/facilities/grid";

/**
 * One cell as the server sends it, or 0 where the row has no slot at that time:
 * [state, slot id ("" when imin gave none), end label ("" when unknown), price ("" when none),
 * courts free ("2 of 6 free", only for a slot standing for several courts)].
 * A client component so the RSC payload carries these few strings per cell instead of its elements:
 * a 12-venue evening has ~300 cells and ~250 column headers.
 */
export type CellData = 0 | [state: CellState, slotId: string, end: string, price: string, courts: string];

function SlotCellView({ cell, row, start }: { cell: Exclude<CellData, 0>; row: string; start: string }) {
  const t = useTranslations("book.slotCell");
  const [state, slotId, end, price, courts] = cell;
  if (state === "taken") return <span className="slot slot-taken">{t("taken")}</span>;
  const status =
    state === "members"
      ? t("membersOnly")
      : state === "unbookable"
        ? t("notOnlineStatus")
        : courts
          ? t("courtsAvailable", { courts })
          : t("available");
  const visible = state === "members" ? t("members") : state === "unbookable" ? t("notOnline") : courts || t("book");
  const className = state === "free" ? "slot slot-free" : state === "members" ? "slot slot-members" : "slot slot-unbookable";
  // One sr-only name ("Court 3, 18:00–19:00, £9.50, available"): the visible lines are stacked
  // blocks, which screen readers would otherwise read with stray separators.
  const content = (
    <>
      <span className="sr-only">
        {t("name", { row, time: end ? `${start}–${end}` : start, price: price || t("priceOnBookingName"), status })}
      </span>
      <span aria-hidden="true" className="font-semibold">
        {price || t("priceOnBooking")}
      </span>
      <span aria-hidden="true" className="text-xs">
        {visible}
      </span>
    </>
  );
  if (!slotId) return <span className={className}>{content}</span>;
  // A plain link (not next/link, a client component per cell): GridNavigation follows it in the app.
  return (
    <a href={`/book/slot/${encodeURIComponent(slotId)}`} className={className}>
      {content}
    </a>
  );
}

/**
 * The grid's header and body: a corner cell ("Court" or "Facility") and the start times, then a row
 * per court, its name kept in view while the table scrolls, with one cell per start time.
 */
export function SlotRows({ corner, columns, rows }: { corner: string; columns: string[]; rows: [name: string, cells: CellData[]][] }) {
  const t = useTranslations("book.slotCell");
  return (
    <>
      <thead>
        <tr>
          <th scope="col" className="slot-row text-gray-700">
            {corner}
          </th>
          {columns.map((c) => (
            <th key={c} scope="col" className="slot-col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, cells]) => (
          <tr key={name}>
            <th scope="row" className="slot-row">
              {name}
            </th>
            {cells.map((cell, i) => (
              <td key={columns[i]}>
                {cell ? (
                  <SlotCellView cell={cell} row={name} start={columns[i]!} />
                ) : (
                  <span className="slot slot-none">
                    <span aria-hidden="true">–</span>
                    <span className="sr-only">{t("noSlot")}</span>
                  </span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </>
  );
}
