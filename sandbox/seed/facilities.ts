import type { Store } from "../store/store";
import type { OfferRecord, Seller, Venue } from "../store/types";
import { setFacilityCatalog } from "../facilities-api/catalog";
import { isFacilityBooking, isTestItem, slotForItem } from "../facilities-api/opportunity";
import type { CourtRecord, FacilityUseRecord } from "../facilities-api/types";
import { activityId } from "./activities";
import { domainOf } from "./records";
import { createRng, intBetween, pick, type Rng } from "./rng";
import { VENUE_SEEDS, type VenueSeed } from "./venues";

/** Sellers whose booking systems do not take bookings through imin: their slots are listed only. */
const NOT_BOOKABLE_SELLERS = new Set(["midland-pools"]);

interface FacilityKind {
  label: string; // OpenActive activity prefLabel
  name: string;
  courtWord: string;
  courts: [number, number];
  individual: boolean;
  minutes: readonly (30 | 40 | 60)[];
  peakPence: number;
  junior: boolean;
  where: (v: VenueSeed) => boolean;
}

const has = (v: VenueSeed, f: string) => (v.facilities as string[]).includes(f);

const KINDS: readonly FacilityKind[] = [
  {
    label: "Badminton",
    name: "Badminton Courts",
    courtWord: "Court",
    courts: [4, 6],
    individual: true,
    minutes: [60, 60, 40],
    peakPence: 1100,
    junior: true,
    where: (v) => has(v, "courts"),
  },
  {
    label: "Squash",
    name: "Squash Courts",
    courtWord: "Court",
    courts: [2, 4],
    individual: true,
    minutes: [40],
    peakPence: 950,
    junior: true,
    where: (v) => has(v, "courts"),
  },
  {
    label: "Tennis",
    name: "Tennis Courts",
    courtWord: "Court",
    courts: [3, 6],
    individual: false,
    minutes: [60],
    peakPence: 1000,
    junior: true,
    where: (v) => (has(v, "courts") || has(v, "outdoor")) && !has(v, "pool"),
  },
  {
    label: "Table Tennis",
    name: "Table Tennis Tables",
    courtWord: "Table",
    courts: [4, 8],
    individual: false,
    minutes: [30],
    peakPence: 450,
    junior: true,
    where: (v) => has(v, "hall"),
  },
  {
    label: "5-a-side",
    name: "5-a-side Pitches",
    courtWord: "Pitch",
    courts: [2, 3],
    individual: true,
    minutes: [60],
    peakPence: 6000,
    junior: false,
    where: (v) => has(v, "pitch"),
  },
  {
    label: "Swimming",
    name: "Swimming Lanes",
    courtWord: "Lane",
    courts: [4, 6],
    individual: false,
    minutes: [30],
    peakPence: 520,
    junior: true,
    where: (v) => has(v, "pool"),
  },
];

const WINDOWS = [60, 120, 1440] as const;

const slug = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const round5 = (pence: number) => Math.round(pence / 5) * 5;

function offersFor(rng: Rng, kind: FacilityKind, feedBase: string, fuId: string, free: boolean): FacilityUseRecord["offers"] {
  const window = pick(rng, WINDOWS);
  const offer = (code: string, o: Pick<OfferRecord, "name" | "pricePence" | "membershipRequired"> & Partial<OfferRecord>): OfferRecord => ({
    id: `${feedBase}/offers/${code}`,
    identifier: `${fuId}-${code.toUpperCase()}`,
    currency: "GBP",
    cancellationWindowMinutes: window,
    ...o,
  });
  if (free) return { free: offer("free", { name: "Free", pricePence: 0, membershipRequired: false, aggregateRole: "publicAdult" }) };
  const peak = Math.max(100, kind.peakPence + intBetween(rng, -2, 3) * 25);
  const offPeak = round5(peak * 0.75);
  return {
    peak: offer("adult-peak", {
      name: "Adult (peak)",
      pricePence: peak,
      membershipRequired: false,
      ageMin: 16,
      aggregateRole: "publicAdult",
    }),
    offPeak: offer("adult-off-peak", {
      name: "Adult (off-peak)",
      pricePence: offPeak,
      membershipRequired: false,
      ageMin: 16,
      aggregateRole: "publicAdult",
    }),
    junior: kind.junior
      ? offer("junior", {
          name: "Junior",
          pricePence: round5(offPeak * 0.6),
          membershipRequired: false,
          ageMax: 15,
          aggregateRole: "publicJunior",
        })
      : undefined,
    member: offer("member", { name: "Member", pricePence: round5(peak * 0.6), membershipRequired: true }),
  };
}

/** Courts for venues whose own facilities list has none: Manchester, the default brand's home, would have no court to hire. */
const EXTRA_COURTS: Record<string, readonly string[]> = {
  "Ancoats Active Hub": ["Badminton", "Squash"],
};

function facilityUse(rng: Rng, venue: Venue, seller: Seller, kind: FacilityKind): FacilityUseRecord {
  const id = `fu-${venue.id}-${slug(kind.label)}`;
  const feedBase = `https://opendata.${domainOf(seller)}/api/facility-uses/${id}`;
  const courts: CourtRecord[] = Array.from({ length: intBetween(rng, kind.courts[0], kind.courts[1]) }, (_, i) => ({
    code: `c${i + 1}`,
    name: `${kind.courtWord} ${i + 1}`,
  }));
  const free = kind.label === "Table Tennis" && venue.name.includes("Community");
  return {
    id,
    sellerId: seller.id,
    venueId: venue.id,
    activityId: activityId(kind.label),
    name: kind.name,
    description: `${courts.length} ${kind.name.toLowerCase()} to hire at ${venue.name.trim()}.`,
    courts,
    individual: kind.individual,
    slotMinutes: pick(rng, kind.minutes),
    opensAt: (kind.label === "Swimming" ? 6 : 7) * 60,
    closesAt: 22 * 60,
    bookable: !NOT_BOOKABLE_SELLERS.has(seller.slug),
    offers: offersFor(rng, kind, feedBase, id, free),
    feedBase,
    salt: Math.floor(rng() * 2 ** 31),
  };
}

/**
 * FacilityUses at the seeded venues, deterministic from the seed; slots come from them on every day
 * (facilities-api/slots.ts). Uses PRNG streams of its own so the rest of the seed (sessions, orders)
 * stays exactly as it was without facilities, and the extra courts leave the others as they were.
 */
export function seedFacilities(store: Store, seed: number): void {
  const rng = createRng(seed * 7919 + 104_729);
  const byName = new Map<string, Venue>();
  for (const venue of store.venues.values()) byName.set(venue.name, venue);
  const out: FacilityUseRecord[] = [];
  for (const venueSeed of VENUE_SEEDS) {
    const venue = byName.get(venueSeed.name);
    const seller = venue ? store.sellerById(venue.sellerId) : undefined;
    if (!venue || !seller) continue;
    for (const kind of KINDS) if (kind.where(venueSeed)) out.push(facilityUse(rng, venue, seller, kind));
  }
  const extraRng = createRng(seed * 7919 + 15_485_863);
  for (const [name, labels] of Object.entries(EXTRA_COURTS)) {
    const venue = byName.get(name);
    const seller = venue ? store.sellerById(venue.sellerId) : undefined;
    if (!venue || !seller) continue;
    for (const kind of KINDS) if (labels.includes(kind.label)) out.push(facilityUse(extraRng, venue, seller, kind));
  }
  setFacilityCatalog(store, seed, out);
  store.extraSessionOf = (id) => (isFacilityBooking(id) && !isTestItem(id) ? slotForItem(store, id)?.session : undefined);
}
