import type { Attribution } from "@/lib/imin/attribution";

/** The courts availability grid as the /book "Courts and pitches" tab shows it. JSON-safe, pure. */

/**
 * - `free`: bookable online by anyone (prices may still differ by age);
 * - `members`: bookable online, member price only;
 * - `taken`: no court free;
 * - `unbookable`: listed, but not bookable online (the seller takes no imin bookings, or it started).
 */
export type CellState = "free" | "members" | "taken" | "unbookable";

export interface SlotCell {
  /** The path segment for /book/slot/[slotId]; absent when imin gave the slot no id. */
  slotId?: string;
  startDate: string;
  endDate?: string;
  /** Venue wall-clock "18:00" and "19:00". */
  startLabel: string;
  endLabel?: string;
  state: CellState;
  /** The public adult price (or the junior one when that is all imin gives). */
  price?: number;
  currency: string;
  /** Courts free / courts in all, for a slot standing for several courts. */
  remaining?: number;
  maximum?: number;
}

export interface GridRow {
  /** "Court 3", or the facility's name when its slots stand for several courts (absent when it has none). */
  name?: string;
  /** One entry per column of the facility; undefined where this row has no slot at that time. */
  cells: (SlotCell | undefined)[];
}

export interface FacilityGrid {
  key: string;
  /** imin's name for the facility, else its activities; absent when imin gives neither (the page words "Facility"). */
  name?: string;
  activity: string;
  /** Slots stand for several courts (one row, courts counted) rather than one row per court. */
  shared: boolean;
  /** Start times, earliest first: venue wall clock "18:00". */
  columns: string[];
  rows: GridRow[];
}

export interface VenueGroup {
  key: string;
  /** imin's name for the venue; absent when it sends none (the page words "Venue to be confirmed"). */
  name?: string;
  locality?: string;
  distanceKm?: number;
  provider?: string;
  facilities: FacilityGrid[];
  /** Its FacilityUses' open-data attributions ("Source: <publisher>"), docs/imin/attribution.md. */
  sources?: Attribution[];
}

export interface CourtsResults {
  venues: VenueGroup[];
  /** The zone abbreviation the times are in ("GMT", "BST"). */
  zone: string;
  page: number;
  hasNext: boolean;
}
