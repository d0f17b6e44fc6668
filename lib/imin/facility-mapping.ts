import type { z } from "zod";
import type { CellState, CourtsResults, FacilityGrid, GridRow, SlotCell, VenueGroup } from "@/lib/facilities/grid";
import { durationMinutes, wallClock, zoneAbbreviation } from "@/lib/facilities/time-labels";
import { type AttributionIndex, attributionOf, distinctAttributions } from "./attribution";
import { sessionRouteId } from "./event-mapping";
import { type FacilityUsePayload, type facilityUsesCollection, type SlotPayload, slotsOf } from "./schemas";

/** Facilities API search payloads mapped to the courts availability grid. Pure; never throws on absent fields. */

type SearchPayload = z.output<typeof facilityUsesCollection>;

const clean = (s: string | undefined) => s?.replace(/\s+/g, " ").trim() || undefined;

/** Court names in reading order ("Court 2" before "Court 10"); one collator, not one per comparison. */
const courtOrder = new Intl.Collator("en-GB", { numeric: true });

/** The slot's end: `endDate` when given (By-ID), else start + `duration` (search results carry only that). */
export function slotEnd(slot: Pick<SlotPayload, "startDate" | "endDate" | "duration">): string | undefined {
  if (slot.endDate && Number.isFinite(Date.parse(slot.endDate))) return slot.endDate;
  const minutes = durationMinutes(slot.duration);
  const start = Date.parse(slot.startDate);
  return minutes && Number.isFinite(start) ? new Date(start + minutes * 60_000).toISOString() : undefined;
}

function cellState(slot: SlotPayload): CellState {
  if (slot.remainingUses !== undefined && slot.remainingUses <= 0) return "taken";
  if (!slot["imin:checkoutUrlTemplate"]) return "unbookable";
  const agg = slot["imin:aggregateOffer"];
  const membersOnly = agg?.publicAdult?.["imin:membershipRequired"] === true && !agg.publicJunior;
  const offersMembersOnly = slot.offers.length > 0 && slot.offers.every((o) => o["imin:membershipRequired"] === true);
  return membersOnly || offersMembersOnly ? "members" : "free";
}

function slotCell(slot: SlotPayload, shared: boolean): SlotCell {
  const agg = slot["imin:aggregateOffer"];
  const part = agg?.publicAdult ?? agg?.publicJunior;
  const cheapest = slot.offers.filter((o) => o.price !== undefined).sort((a, b) => a.price! - b.price!)[0];
  const end = slotEnd(slot);
  return {
    slotId: sessionRouteId(slot),
    startDate: slot.startDate,
    endDate: end,
    startLabel: wallClock(slot.startDate),
    endLabel: end ? wallClock(end) : undefined,
    state: cellState(slot),
    price: part?.price ?? cheapest?.price,
    currency: part?.priceCurrency || cheapest?.priceCurrency || "GBP",
    remaining: shared ? slot.remainingUses : undefined,
    maximum: shared ? slot.maximumUses : undefined,
  };
}

function facilityGrid(fu: FacilityUsePayload, index: number): FacilityGrid | undefined {
  const slots = slotsOf(fu).filter((s) => Number.isFinite(Date.parse(s.slot.startDate)));
  if (slots.length === 0) return undefined;
  const activity = fu.activity
    .map((a) => clean(a.prefLabel))
    .filter(Boolean)
    .join(", ");
  // No name and no activity: none here (the page words "Facility" in its language).
  const name = clean(fu.name) || activity || undefined;
  const shared = slots.every((s) => !s.court);
  const columns = [...new Set(slots.map((s) => wallClock(s.slot.startDate)))].sort();
  const rowsByName = new Map<string, GridRow>();
  for (const { slot, court } of slots) {
    const rowName = clean(court) ?? name;
    let row = rowsByName.get(rowName ?? "");
    if (!row) {
      row = { name: rowName, cells: columns.map(() => undefined) };
      rowsByName.set(rowName ?? "", row);
    }
    const col = columns.indexOf(wallClock(slot.startDate));
    row.cells[col] ??= slotCell(slot, !court);
  }
  const rows = [...rowsByName.values()].sort((a, b) => courtOrder.compare(a.name ?? "", b.name ?? ""));
  return { key: fu.id ?? fu.identifier ?? `${name ?? "facility"}-${index}`, name, activity, shared, columns, rows };
}

/** FacilityUses grouped by venue, in imin's order (first slot, then distance). */
export function mapCourtsResults(payload: SearchPayload, page: number, dayIso: string, sources?: AttributionIndex): CourtsResults {
  const venues = new Map<string, VenueGroup>();
  payload["imin:item"].forEach((fu, i) => {
    const grid = facilityGrid(fu, i);
    if (!grid) return;
    const loc = fu.location;
    // No name: none here (the page words "Venue to be confirmed" in its language).
    const name = clean(loc?.name);
    const key = loc?.id ?? (loc?.geo ? `${name ?? ""}@${loc.geo.latitude},${loc.geo.longitude}` : (name ?? ""));
    let venue = venues.get(key);
    if (!venue) {
      venue = {
        key,
        name,
        locality: clean(loc?.address?.addressLocality),
        distanceKm: loc?.geo?.["imin:distanceFromGeoQueryCenter"]?.value ?? fu["imin:distanceFromSearchPoint"],
        provider: clean(fu.provider?.name),
        facilities: [],
      };
      venues.set(key, venue);
    }
    venue.facilities.push(grid);
    const source = attributionOf(fu["imin:dataSource"], sources);
    if (source) venue.sources = distinctAttributions([...(venue.sources ?? []), source]);
  });
  const totalPages = payload.view?.["imin:totalPages"];
  const hasNext = Boolean(payload.view?.next) && (totalPages === undefined || page < totalPages) && payload["imin:item"].length > 0;
  return { venues: [...venues.values()], zone: zoneAbbreviation(dayIso), page, hasNext };
}
