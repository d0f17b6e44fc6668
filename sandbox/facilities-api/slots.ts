import { createHash } from "node:crypto";
import type { Store } from "../store/store";
import type { OfferRecord, OrderItemRecord, OrderRecord } from "../store/types";
import { createRng } from "../seed/rng";
import { facilityCatalog, type FacilityCatalog } from "./catalog";
import { londonDayKey, londonDayStartMs } from "./london-day";
import type { CourtRecord, FacilityUseRecord, SlotRecord } from "./types";

const DAY_MS = 86_400_000;
/** Searches see slots starting within 14 days of the clock; FacilityUse By-ID within 7. */
export const SEARCH_WINDOW_MS = 14 * DAY_MS;
export const BY_ID_WINDOW_MS = 7 * DAY_MS;

const STAMP = /(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})$/;

/** `2026-03-01T18-00-00`: imin's slot ids end in the start date-time, written with hyphens. */
function stampOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/:/g, "-");
}

function stampMs(stamp: string): number {
  return Date.parse(`${stamp.slice(0, 10)}T${stamp.slice(11).replace(/-/g, ":")}Z`);
}

interface DaySlots {
  all: SlotRecord[]; // earliest first
  byId: Map<string, SlotRecord>;
}

const dayCaches = new WeakMap<FacilityCatalog, Map<string, DaySlots>>();
const MAX_CACHED_DAYS = 40;

function seedOf(...parts: (string | number)[]): number {
  return createHash("sha1").update(parts.join("|")).digest().readUInt32LE(0);
}

function isWeekend(dayKey: string): boolean {
  const dow = new Date(`${dayKey}T12:00:00Z`).getUTCDay();
  return dow === 0 || dow === 6;
}

function generate(catalog: FacilityCatalog, fu: FacilityUseRecord, dayKey: string, out: SlotRecord[]): void {
  const rng = createRng(seedOf(catalog.seed, fu.salt, dayKey));
  const weekend = isWeekend(dayKey);
  const paid = !("free" in fu.offers);
  for (let minute = fu.opensAt; minute + fu.slotMinutes <= fu.closesAt; minute += fu.slotMinutes) {
    const hour = Math.floor(minute / 60);
    const peak = weekend ? hour >= 9 && hour < 17 : hour >= 17;
    const startMs = londonDayStartMs(dayKey, minute);
    const base = {
      facilityUse: fu,
      startMs,
      endMs: startMs + fu.slotMinutes * 60_000,
      membersOnly: paid && rng() < 0.08,
      peak,
    };
    const busy = peak ? 0.55 : 0.25;
    if (fu.individual) {
      for (const court of fu.courts) {
        const id = `${fu.id}-${court.code}${stampOf(startMs)}`;
        out.push({ ...base, id, identifier: `${fu.feedBase}/slots/${id}`, court, seededTaken: rng() < busy ? [court.code] : [] });
      }
    } else {
      const shuffled = [...fu.courts].sort(() => rng() - 0.5);
      const roll = rng();
      const taken = roll < 0.12 ? fu.courts.length : Math.min(fu.courts.length - 1, Math.floor(rng() * busy * fu.courts.length * 1.5));
      const id = `${fu.id}${stampOf(startMs)}`;
      out.push({ ...base, id, identifier: `${fu.feedBase}/slots/${id}`, seededTaken: shuffled.slice(0, taken).map((c) => c.code) });
    }
  }
}

/** Every slot of a London day, generated once per day and catalogue. */
export function slotsOfDay(store: Store, dayKey: string): DaySlots {
  const catalog = facilityCatalog(store);
  let cache = dayCaches.get(catalog);
  if (!cache) {
    cache = new Map();
    dayCaches.set(catalog, cache);
  }
  let day = cache.get(dayKey);
  if (!day) {
    if (cache.size >= MAX_CACHED_DAYS) cache.clear();
    const all: SlotRecord[] = [];
    for (const fu of catalog.facilityUses) generate(catalog, fu, dayKey, all);
    all.sort((a, b) => a.startMs - b.startMs);
    day = { all, byId: new Map(all.map((s) => [s.id, s])) };
    cache.set(dayKey, day);
  }
  return day;
}

/** A slot by its short id (the By-ID path tail), or undefined. */
export function slotById(store: Store, id: string): SlotRecord | undefined {
  const stamp = STAMP.exec(id)?.[1];
  if (!stamp) return undefined;
  const startMs = stampMs(stamp);
  if (!Number.isFinite(startMs)) return undefined;
  return slotsOfDay(store, londonDayKey(startMs)).byId.get(id);
}

/** A slot by its operator identifier (what checkout names). */
export function slotByIdentifier(store: Store, identifier: string): SlotRecord | undefined {
  const tail = /\/slots\/([^/?#]+)$/.exec(identifier)?.[1];
  const slot = tail ? slotById(store, tail) : undefined;
  return slot && slot.identifier === identifier ? slot : undefined;
}

/** The offers a slot carries: peak or off-peak adult, junior and member; members-only slots only the member one. */
export function slotOffers(slot: SlotRecord): OfferRecord[] {
  const o = slot.facilityUse.offers;
  if ("free" in o) return [o.free];
  if (slot.membersOnly) return [o.member];
  return [slot.peak ? o.peak : o.offPeak, o.junior, o.member].filter((x): x is OfferRecord => !!x);
}

// ---- bookings -----------------------------------------------------------------------------

/**
 * An order item books one court of one slot. Its `sessionId` holds the "booking unit": the slot id,
 * plus `@<court code>` when the slot stands for several courts (so the court stays fixed).
 */
export function unitIdOf(slot: SlotRecord, court: CourtRecord): string {
  return slot.court ? slot.id : `${slot.id}@${court.code}`;
}

export function parseUnitId(unitId: string): { slotId: string; courtCode?: string } {
  const at = unitId.lastIndexOf("@");
  return at < 0 ? { slotId: unitId } : { slotId: unitId.slice(0, at), courtCode: unitId.slice(at + 1) };
}

/** Is this order-item / checkout `sessionId` a facility booking unit (never an Events API id)? */
export function isSlotUnitId(id: string): boolean {
  return id.startsWith("fu-") && STAMP.test(parseUnitId(id).slotId);
}

interface Booking {
  order: OrderRecord;
  item: OrderItemRecord;
  courtCode?: string;
}

const ACTIVE = new Set(["OrderItemConfirmed", "AttendeeAttended", "AttendeeAbsent"]);
const bookingIndexes = new WeakMap<Store, { rng: unknown; size: number; bySlot: Map<string, Booking[]> }>();

/** Order items per slot id; rebuilt when an order is added or the store reseeded (statuses are read live). */
function bookingIndex(store: Store): Map<string, Booking[]> {
  const cached = bookingIndexes.get(store);
  if (cached && cached.rng === store.rng && cached.size === store.orders.size) return cached.bySlot;
  const bySlot = new Map<string, Booking[]>();
  for (const order of store.orders.values()) {
    for (const item of order.items) {
      if (!isSlotUnitId(item.sessionId)) continue;
      const { slotId, courtCode } = parseUnitId(item.sessionId);
      const list = bySlot.get(slotId) ?? [];
      list.push({ order, item, courtCode });
      bySlot.set(slotId, list);
    }
  }
  bookingIndexes.set(store, { rng: store.rng, size: store.orders.size, bySlot });
  return bySlot;
}

export interface Availability {
  maximumUses: number;
  remainingUses: number;
  /** Courts still free, in court order. */
  freeCourts: CourtRecord[];
}

export function availability(store: Store, slot: SlotRecord): Availability {
  const courts = slot.court ? [slot.court] : slot.facilityUse.courts;
  const taken = new Set(slot.seededTaken);
  for (const b of bookingIndex(store).get(slot.id) ?? []) {
    if (ACTIVE.has(b.item.status)) taken.add(b.courtCode ?? slot.court?.code ?? "");
  }
  const freeCourts = courts.filter((c) => !taken.has(c.code));
  return { maximumUses: courts.length, remainingUses: freeCourts.length, freeCourts };
}

/** A slot is bookable through imin when its seller takes bookings, it has not started and has a free court. */
export function isBookable(slot: SlotRecord, avail: Availability, nowMs: number): boolean {
  return slot.facilityUse.bookable && slot.startMs > nowMs && avail.remainingUses > 0;
}
