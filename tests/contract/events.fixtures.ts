import type { SandboxContext } from "@/sandbox/context";
import type { OfferRecord, SeriesRecord, SessionRecord, Venue } from "@/sandbox/store/types";

/**
 * A small, exactly known corner of the catalogue, far from every seeded venue (Shetland), so that
 * search assertions do not depend on the seed's choices. The clock is fixed by the test file; times
 * below are UTC and, in June, London is UTC+1.
 */
export const FIXTURE_NOW = "2026-06-01T07:00:00Z";
const HERE = { latitude: 60.155, longitude: -1.145 };
export const geoHere = (km: number) => `${HERE.latitude},${HERE.longitude},${km}`;

const day = 86_400_000;
const at = (days: number, hhmmUtc: string) => new Date(Date.parse(`${FIXTURE_NOW.slice(0, 10)}T${hhmmUtc}:00Z`) + days * day).toISOString();

export interface Fixtures {
  sellerId: string;
  near: Venue;
  far: Venue;
  yoga: SeriesRecord;
  swim: SeriesRecord;
  juniorFootball: SeriesRecord;
  fullClass: SeriesRecord;
  freeWalk: SeriesRecord;
  membersSpin: SeriesRecord;
  sessions: Record<string, SessionRecord>;
}

export function installFixtures(ctx: SandboxContext): Fixtures {
  const { store, urls } = ctx;
  const seller = [...store.sellers.values()][0]!;
  const near: Venue = {
    id: "fx-near",
    sellerId: seller.id,
    name: "Lerwick Fixture Centre",
    streetAddress: "1 Harbour Street",
    addressLocality: "Lerwick",
    addressRegion: "Shetland",
    postalCode: "ZE1 0LL",
    latitude: 60.155,
    longitude: -1.145,
  };
  const far: Venue = { ...near, id: "fx-far", name: "Scalloway Fixture Hall", latitude: 60.2, longitude: -1.145 };
  store.venues.set(near.id, near);
  store.venues.set(far.id, far);
  const activity = (slug: string, label: string) => {
    const id = `https://openactive.io/activity-list#fixture-${slug}`;
    store.activities.set(id, { id, prefLabel: label });
    return id;
  };
  const offer = (slug: string, o: Partial<OfferRecord> & Pick<OfferRecord, "name" | "pricePence">): OfferRecord => ({
    id: `${urls.public}/offers/fx-${slug}`,
    identifier: `FX-${slug}`,
    currency: "GBP",
    membershipRequired: false,
    cancellationWindowMinutes: 60,
    ...o,
  });
  const series = (slug: string, s: Partial<SeriesRecord> & Pick<SeriesRecord, "name" | "activityIds" | "offers">): SeriesRecord => {
    const record: SeriesRecord = {
      id: `fx-${slug}`,
      sessionSeriesId: `${urls.public}/session-series/fx-${slug}`,
      sellerId: seller.id,
      venueId: near.id,
      description: `${s.name} (fixture)`,
      highFrequency: false,
      ...s,
    };
    store.putSeries(record);
    return record;
  };
  const sessions: Record<string, SessionRecord> = {};
  const session = (key: string, seriesId: string, start: string, minutes = 60, remaining = 10) => {
    const record: SessionRecord = {
      id: `fx-${key}`,
      identifier: `${urls.public}/feeds/scheduled-sessions/fx-${key}`,
      seriesId,
      startDate: start,
      endDate: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
      capacity: 10,
      remaining,
    };
    store.putSession(record);
    sessions[key] = record;
    return record;
  };

  const yoga = series("yoga", {
    name: "Fixture Flow Yoga",
    activityIds: [activity("yoga", "Fixture Yoga")],
    ageMin: 18,
    offers: [
      offer("yoga-adult", { name: "Adult", pricePence: 700, aggregateRole: "publicAdult", ageMin: 18 }),
      offer("yoga-junior", { name: "Junior", pricePence: 400, aggregateRole: "publicJunior", ageMax: 15 }),
    ],
  });
  session("yoga-tomorrow-0900", yoga.id, at(1, "08:00")); // 09:00 London
  session("yoga-day2-1830", yoga.id, at(2, "17:30")); // 18:30 London
  session("yoga-day20", yoga.id, at(20, "08:00")); // beyond the 14-day window
  session("yoga-started", yoga.id, at(0, "06:30")); // started 30 minutes ago

  const swim = series("swim", {
    name: "Fixture Lane Swim",
    activityIds: [activity("swim", "Fixture Swimming")],
    highFrequency: true,
    offers: [offer("swim-adult", { name: "Adult", pricePence: 450, aggregateRole: "publicAdult" })],
  });
  session("swim-tomorrow", swim.id, at(1, "06:00"));

  const juniorFootball = series("football", {
    name: "Fixture Junior Football",
    activityIds: [activity("football", "Fixture Football")],
    venueId: far.id,
    ageMin: 5,
    ageMax: 15,
    offers: [offer("football-junior", { name: "Junior", pricePence: 250, aggregateRole: "publicJunior", ageMin: 5, ageMax: 15 })],
  });
  session("football-day3", juniorFootball.id, at(3, "16:00"));

  const fullClass = series("full", {
    name: "Fixture Packed Pilates",
    activityIds: [activity("pilates", "Fixture Pilates")],
    offers: [offer("full-adult", { name: "Adult", pricePence: 900, aggregateRole: "publicAdult" })],
  });
  session("full-day1", fullClass.id, at(1, "10:00"), 60, 0);

  const freeWalk = series("walk", {
    name: "Fixture Free Walk",
    activityIds: [activity("walk", "Fixture Walking")],
    venueId: far.id,
    offers: [offer("walk-free", { name: "Everyone", pricePence: 0, aggregateRole: "publicAdult" })],
  });
  session("walk-day4", freeWalk.id, at(4, "09:00"));

  const membersSpin = series("spin", {
    name: "Fixture Members Spin",
    activityIds: [activity("spin", "Fixture Spinning")],
    offers: [
      offer("spin-adult", { name: "Adult", pricePence: 1200, aggregateRole: "publicAdult", entitlementPricePence: 600 }),
      offer("spin-member", { name: "Member", pricePence: 500, membershipRequired: true }),
    ],
  });
  session("spin-day5", membersSpin.id, at(5, "18:00"), 45, 1);

  return { sellerId: seller.id, near, far, yoga, swim, juniorFootball, fullClass, freeWalk, membersSpin, sessions };
}
