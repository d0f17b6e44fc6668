import type { Store } from "../store/store";
import type { OfferRecord, Venue } from "../store/types";
import { londonDayKey, londonDayStartMs, nextDayKey } from "../facilities-api/london-day";
import { activityId } from "./activities";
import { domainOf, nextNumber, seriesRecord, sessionRecord } from "./records";
import { createRng, intBetween, type Rng } from "./rng";

/**
 * Junior sessions and family sessions, so the demo shows the age filter on /book and booking for a
 * family: in each area of the seed (London, Manchester, Leeds, Bristol, Birmingham, Bath and Exeter), a
 * junior class on every weekday and another at the weekend
 * (the Events API's junior filter, `ageRangeMax[lte]=17`, keeps series whose age range ends at 17 or
 * below), and family sessions whose Adult and Junior tickets carry their own age ranges, as
 * OpenActive offers do. Added after the demo customers' orders, from a PRNG stream of their own, so
 * everything seeded before stays exactly as it was.
 */

const WEEKDAYS = [1, 2, 3, 4, 5] as const;
const WEEKEND = [0, 6] as const;
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6] as const;
/** History for order lists, and the 14 days imin publishes (+1 spare), as the catalogue has. */
const PAST_DAYS = 14;
const FUTURE_DAYS = 15;

interface SeriesPlan {
  venue: string;
  activity: string;
  name: string;
  description: string;
  minutes: number;
  /** London weekdays (0 = Sunday) and wall-clock start. */
  days: readonly number[];
  start: string;
  /** A junior class (one Junior ticket for the class's ages) or a family session (Adult and Junior tickets). */
  kind: { junior: [number, number] } | "family";
  /** The Junior price of a class, the Adult price of a family session. */
  pence: number;
}

// biome-ignore format: one series a line reads as a table
const JUNIOR_PLANS: readonly SeriesPlan[] = [
  { venue: "Hammersmith Riverside Centre", activity: "Swimming", name: "Junior Swimming Lessons", description: "Swimming lessons in small groups, by ability.", minutes: 30, days: WEEKDAYS, start: "16:30", kind: { junior: [5, 11] }, pence: 650 },
  { venue: "Bermondsey Community Studio", activity: "Gymnastics", name: "Junior Gymnastics", description: "Floor, vault and beam for young gymnasts, in ability groups.", minutes: 60, days: WEEKEND, start: "10:00", kind: { junior: [5, 12] }, pence: 550 },
  { venue: "Richmond Green Sports Hall", activity: "Badminton", name: "Junior Badminton Club", description: "Coached badminton for young players; rackets provided.", minutes: 60, days: WEEKEND, start: "11:00", kind: { junior: [8, 15] }, pence: 500 },
  { venue: "Didsbury Pool & Fitness", activity: "Swimming", name: "Junior Swimming Lessons", description: "Swimming lessons in small groups, by ability.", minutes: 30, days: WEEKDAYS, start: "16:30", kind: { junior: [5, 11] }, pence: 600 },
  { venue: "Ancoats Active Hub", activity: "Karate", name: "Kids' Karate", description: "Karate for beginners and graded juniors.", minutes: 45, days: WEEKEND, start: "09:30", kind: { junior: [6, 12] }, pence: 550 },
  { venue: "Ancoats Active Hub", activity: "Climbing", name: "Teen Climbing", description: "Bouldering and roped climbing for teenagers, with an instructor.", minutes: 90, days: [2, 4], start: "18:00", kind: { junior: [12, 17] }, pence: 800 },
  { venue: "Headingley Sports Centre", activity: "Tennis", name: "Junior Tennis", description: "Tennis coaching for juniors; rackets provided.", minutes: 60, days: WEEKDAYS, start: "17:00", kind: { junior: [7, 15] }, pence: 550 },
  { venue: "Roundhay Park Pavilion", activity: "5-a-side", name: "Kids' Football", description: "Small-sided football games and skills.", minutes: 60, days: WEEKEND, start: "10:00", kind: { junior: [6, 11] }, pence: 400 },
  { venue: "Bedminster Sports Barn", activity: "Netball", name: "Junior Netball", description: "Netball skills and matches for juniors.", minutes: 60, days: WEEKDAYS, start: "17:00", kind: { junior: [9, 15] }, pence: 450 },
  { venue: "Clifton Studio", activity: "Ballet", name: "Kids' Ballet", description: "Ballet for young dancers; no experience needed.", minutes: 45, days: WEEKEND, start: "09:30", kind: { junior: [4, 10] }, pence: 600 },
  { venue: "Moseley Community Leisure", activity: "Gymnastics", name: "Mini Gymnastics", description: "Movement, balance and play for the very young, with a parent nearby.", minutes: 45, days: WEEKDAYS, start: "16:00", kind: { junior: [3, 7] }, pence: 500 },
  { venue: "Digbeth Fitness Works", activity: "Boxing", name: "Junior Boxing", description: "Non-contact boxing fitness for juniors.", minutes: 60, days: WEEKEND, start: "11:00", kind: { junior: [11, 16] }, pence: 500 },
  { venue: "Bath Spa Wellbeing Centre", activity: "Swimming", name: "Junior Swimming Lessons", description: "Swimming lessons in small groups, by ability.", minutes: 30, days: WEEKDAYS, start: "16:30", kind: { junior: [5, 11] }, pence: 600 },
  { venue: "Exeter Quay Studios", activity: "Zumba", name: "Zumba Kids", description: "Dance fitness to music for children.", minutes: 45, days: WEEKEND, start: "10:00", kind: { junior: [7, 12] }, pence: 450 },
];

// biome-ignore format: one series a line reads as a table
const FAMILY_PLANS: readonly SeriesPlan[] = [
  { venue: "Didsbury Pool & Fitness", activity: "Swimming", name: "Family Fun Swim", description: "The whole pool for families, with floats and toys. Children under 8 swim with an adult.", minutes: 60, days: EVERY_DAY, start: "17:30", kind: "family", pence: 600 },
  { venue: "Harbourside Lido & Gym", activity: "Swimming", name: "Family Fun Swim", description: "The whole pool for families, with floats and toys. Children under 8 swim with an adult.", minutes: 60, days: EVERY_DAY, start: "17:30", kind: "family", pence: 650 },
  { venue: "Hammersmith Riverside Centre", activity: "Badminton", name: "Family Badminton", description: "Courts for families to play together; rackets and shuttles provided.", minutes: 60, days: WEEKEND, start: "14:00", kind: "family", pence: 900 },
  { venue: "Headingley Sports Centre", activity: "Badminton", name: "Family Badminton", description: "Courts for families to play together; rackets and shuttles provided.", minutes: 60, days: WEEKEND, start: "14:00", kind: "family", pence: 850 },
];

const round5 = (pence: number) => Math.round(pence / 5) * 5;

function offersOf(plan: SeriesPlan, base: string, num: number, entitled: boolean): OfferRecord[] {
  const offer = (
    code: string,
    o: Omit<OfferRecord, "id" | "identifier" | "currency" | "cancellationWindowMinutes" | "membershipRequired">,
  ) => ({
    id: `${base}/${code}`,
    identifier: `${num}-${code.toUpperCase()}`,
    currency: "GBP" as const,
    membershipRequired: false,
    cancellationWindowMinutes: 1440,
    ...o,
  });
  if (plan.kind !== "family") {
    const [ageMin, ageMax] = plan.kind.junior;
    return [offer("junior", { name: "Junior", pricePence: plan.pence, ageMin, ageMax, aggregateRole: "publicJunior" })];
  }
  return [
    offer("adult", {
      name: "Adult",
      pricePence: plan.pence,
      ageMin: 16,
      aggregateRole: "publicAdult",
      entitlementPricePence: entitled ? round5(plan.pence * 0.7) : undefined,
    }),
    offer("junior", { name: "Junior", pricePence: round5(plan.pence * 0.5), ageMax: 15, aggregateRole: "publicJunior" }),
  ];
}

function addSeries(store: Store, rng: Rng, plan: SeriesPlan, venue: Venue, dayKeys: string[]): void {
  const seller = store.sellerById(venue.sellerId)!;
  const num = nextNumber(store.series.keys());
  const ages = plan.kind === "family" ? undefined : plan.kind.junior;
  const series = seriesRecord(num, venue, {
    name: plan.name,
    description: plan.description,
    activityIds: [activityId(plan.activity)],
    ageMin: ages?.[0],
    ageMax: ages?.[1],
    offers: offersOf(
      plan,
      `https://opendata.${domainOf(seller)}/api/offers/${num}`,
      num,
      seller.linkProfile === "entitlement" || seller.linkProfile === "evidence",
    ),
  });
  store.putSeries(series);
  const [hour, minute] = plan.start.split(":").map(Number) as [number, number];
  let sessionNum = nextNumber(store.sessions.keys());
  for (const dayKey of dayKeys) {
    if (!plan.days.includes(new Date(`${dayKey}T12:00:00Z`).getUTCDay())) continue;
    const start = londonDayStartMs(dayKey, hour * 60 + minute);
    const capacity = intBetween(rng, 12, 24);
    const remaining = intBetween(rng, Math.ceil(capacity / 3), capacity);
    store.putSession(sessionRecord(seller, series.id, String(sessionNum++), start, plan.minutes, { capacity, remaining }));
  }
}

/** Junior classes and family sessions at the seeded venues; dates relative to `nowIso`, London days. */
export function seedFamilySessions(store: Store, seed: number, nowIso: string): void {
  const rng = createRng(seed * 4099 + 2027);
  const dayKeys: string[] = [];
  let day = londonDayKey(Date.parse(nowIso) - PAST_DAYS * 86_400_000);
  for (let i = 0; i <= PAST_DAYS + FUTURE_DAYS; i++, day = nextDayKey(day)) dayKeys.push(day);
  const byName = new Map([...store.venues.values()].map((v) => [v.name, v]));
  for (const plan of [...JUNIOR_PLANS, ...FAMILY_PLANS]) {
    const venue = byName.get(plan.venue);
    if (venue) addSeries(store, rng, plan, venue, dayKeys);
  }
}
