import type { Store } from "../store/store";
import type { OfferRecord, Seller, SeriesRecord, Venue } from "../store/types";
import { ACTIVITY_SEEDS, activityId, buildActivities, type ActivitySeed } from "./activities";
import { domainOf, seriesRecord, sessionRecord } from "./records";
import { intBetween, pick, type Rng } from "./rng";
import { SELLER_SEEDS } from "./sellers";
import { VENUE_SEEDS } from "./venues";

const DAY = 86_400_000;
/** Sessions are generated from this many days ago (for order history) to 14 days ahead (+1 spare). */
const PAST_DAYS = 45;
const FUTURE_DAYS = 15;
/** High-frequency swim/gym sessions need less history. */
const HF_PAST_DAYS = 21;

/** Cancellation windows in minutes; undefined = never cancellable. */
const WINDOWS: readonly (number | undefined)[] = [0, 60, 1440, 2880, undefined, 60, 1440];

const DESCRIPTIONS: Record<string, string> = {
  Swimming: "Public lane and leisure swimming. Lanes are split into slow, medium and fast.",
  Gym: "Use of the gym floor: cardio, free weights and resistance machines. Induction required.",
};

function seriesName(activity: ActivitySeed, venue: Venue, rng: Rng, hour?: number): string {
  if (activity.label === "Swimming") return pick(rng, ["Public Swim", "Lane Swimming", "Family Swim"]);
  if (activity.label === "Gym") return pick(rng, ["Gym Session", "Open Gym", "Gym Floor Access"]);
  const timeOfDay = hour === undefined ? "" : hour < 9 ? "Early " : hour >= 12 && hour < 14 ? "Lunchtime " : hour >= 17 ? "Evening " : "";
  const flavour = pick(rng, ["", "Beginners ", "Intermediate ", "Community ", timeOfDay, timeOfDay]);
  const name = `${flavour}${activity.label}`;
  return rng() < 0.15 ? `${name} at ${venue.name.split(" ")[0]}` : name;
}

function buildOffers(
  rng: Rng,
  seller: Seller,
  num: number,
  activity: ActivitySeed,
  kind: "normal" | "free" | "members-only",
  window: number | undefined,
): OfferRecord[] {
  const base = `https://opendata.${domainOf(seller)}/api/offers/${num}`;
  const entitled = seller.linkProfile === "entitlement" || seller.linkProfile === "evidence";
  const offer = (code: string, o: Omit<OfferRecord, "id" | "identifier" | "currency" | "cancellationWindowMinutes">): OfferRecord => ({
    id: `${base}/${code}`,
    identifier: `${num}-${code.toUpperCase()}`,
    currency: "GBP",
    cancellationWindowMinutes: window,
    ...o,
  });
  if (kind === "free") {
    return [
      offer("free", { name: "Free", pricePence: 0, membershipRequired: false, aggregateRole: "publicAdult", ageMin: activity.ageMin }),
    ];
  }
  const adultPrice = Math.max(100, activity.adultPence + intBetween(rng, -2, 3) * 25);
  if (kind === "members-only") {
    return [
      offer("member", {
        name: "Member",
        pricePence: Math.round(adultPrice * 0.6),
        membershipRequired: true,
        aggregateRole: "publicAdult",
        ageMin: activity.ageMin ?? 16,
      }),
    ];
  }
  const offers: OfferRecord[] = [
    offer("adult", {
      name: "Adult",
      pricePence: adultPrice,
      membershipRequired: false,
      ageMin: Math.max(activity.ageMin ?? 16, 16),
      aggregateRole: "publicAdult",
      entitlementPricePence: entitled && rng() < 0.7 ? Math.round((adultPrice * 0.7) / 5) * 5 : undefined,
    }),
  ];
  if (activity.junior) {
    const juniorPrice = Math.round((adultPrice * 0.55) / 5) * 5;
    offers.push(
      offer("junior", {
        name: "Junior",
        pricePence: juniorPrice,
        membershipRequired: false,
        ageMin: activity.ageMin,
        ageMax: 15,
        aggregateRole: "publicJunior",
        entitlementPricePence: entitled && rng() < 0.5 ? Math.round((juniorPrice * 0.7) / 5) * 5 : undefined,
      }),
    );
  }
  if (rng() < 0.6) {
    offers.push(
      offer("concession", {
        name: "Concession",
        pricePence: Math.round((adultPrice * 0.65) / 5) * 5,
        membershipRequired: false,
        ageMin: 60,
      }),
    );
  }
  if (rng() < 0.5) {
    offers.push(
      offer("member", { name: "Member", pricePence: Math.round((adultPrice * 0.5) / 5) * 5, membershipRequired: true, ageMin: 16 }),
    );
  }
  return offers;
}

/** Series every seed has, so free, members-only and key activities always exist. */
const FORCED: Record<string, { label: string; kind?: "free" | "members-only" }[]> = {
  "Richmond Green Sports Hall": [{ label: "Walking Netball", kind: "free" }, { label: "Badminton" }],
  "Roundhay Park Pavilion": [{ label: "Running", kind: "free" }, { label: "Yoga" }],
  "Ancoats Active Hub": [{ label: "Spin", kind: "members-only" }, { label: "Pilates" }],
  "Clifton Studio": [{ label: "Yoga", kind: "members-only" }, { label: "Zumba" }],
  "Hammersmith Riverside Centre": [{ label: "Aqua Aerobics" }, { label: "Boxing" }],
  "Headingley Sports Centre": [{ label: "Tennis" }, { label: "Netball" }],
};

/** Session start hours for a regular series on a given weekday. */
function schedule(rng: Rng): { days: number[]; hour: number; minute: number } {
  const count = intBetween(rng, 1, 3);
  const days = new Set<number>();
  while (days.size < count) days.add(intBetween(rng, 0, 6));
  return { days: [...days], hour: pick(rng, [7, 9, 10, 12, 13, 17, 18, 19, 20]), minute: pick(rng, [0, 0, 15, 30, 45]) };
}

/** Sellers, venues, activities, series, offers and sessions; dates relative to `nowIso`. */
export function seedCatalog(store: Store, rng: Rng, publicBaseUrl: string, nowIso: string): void {
  void publicBaseUrl;
  for (const activity of buildActivities()) store.activities.set(activity.id, activity);

  const sellersBySlug = new Map(SELLER_SEEDS.map((s) => [s.slug, store.sellerBySlug(s.slug)!]));
  let venueNum = 1001;
  const venues: Venue[] = [];
  for (const seed of VENUE_SEEDS) {
    const { seller: slug, facilities: _facilities, ...rest } = seed;
    const venue: Venue = { id: String(venueNum++), sellerId: sellersBySlug.get(slug)!.id, ...rest };
    store.venues.set(venue.id, venue);
    venues.push(venue);
  }

  const today = Date.parse(`${nowIso.slice(0, 10)}T00:00:00.000Z`);
  let seriesNum = 2001;
  let sessionNum = 100_001;
  let windowCursor = intBetween(rng, 0, WINDOWS.length - 1);

  const addSessions = (
    series: SeriesRecord,
    seller: Seller,
    times: { dayOffset: number; hour: number; minute: number }[],
    minutes: number,
    capacityRange: [number, number],
  ) => {
    for (const t of times) {
      const start = today + t.dayOffset * DAY + (t.hour * 60 + t.minute) * 60_000;
      const capacity = intBetween(rng, capacityRange[0], capacityRange[1]);
      const roll = rng();
      const remaining = roll < 0.08 ? 0 : roll < 0.2 ? intBetween(rng, 1, 3) : intBetween(rng, Math.floor(capacity / 3), capacity);
      store.putSession(sessionRecord(seller, series.id, String(sessionNum++), start, minutes, { capacity, remaining }));
    }
  };

  VENUE_SEEDS.forEach((seed, index) => {
    const venue = venues[index];
    const seller = store.sellerById(venue.sellerId)!;
    const fitting = ACTIVITY_SEEDS.filter((a) => seed.facilities.includes(a.facility));
    const highFrequency = fitting.filter((a) => a.highFrequency);
    const regular = fitting.filter((a) => !a.highFrequency);
    const chosen = new Set<ActivitySeed>();
    const kinds = new Map<ActivitySeed, "free" | "members-only">();
    for (const forced of FORCED[venue.name] ?? []) {
      const activity = regular.find((a) => a.label === forced.label) ?? ACTIVITY_SEEDS.find((a) => a.label === forced.label)!;
      chosen.add(activity);
      if (forced.kind) kinds.set(activity, forced.kind);
    }
    const wanted = Math.min(regular.length, chosen.size + intBetween(rng, 2, 4));
    while (chosen.size < wanted) chosen.add(pick(rng, regular));

    for (const activity of highFrequency) {
      const num = seriesNum++;
      const window = activity.label === "Gym" ? 0 : 60;
      const series = seriesRecord(num, venue, {
        name: seriesName(activity, venue, rng),
        description: DESCRIPTIONS[activity.label] ?? `${activity.label} at ${venue.name}.`,
        activityIds: [activityId(activity.label)],
        ageMin: activity.ageMin,
        ageMax: activity.ageMax,
        highFrequency: true,
        offers: buildOffers(rng, seller, num, activity, "normal", window),
      });
      store.putSeries(series);
      const times: { dayOffset: number; hour: number; minute: number }[] = [];
      const hours = activity.label === "Gym" ? [6, 8, 10, 12, 14, 16, 18, 20] : [7, 9, 12, 16, 19];
      for (let d = -HF_PAST_DAYS; d <= FUTURE_DAYS; d++) for (const hour of hours) times.push({ dayOffset: d, hour, minute: 0 });
      addSessions(series, seller, times, activity.minutes, activity.label === "Gym" ? [20, 40] : [25, 60]);
    }

    for (const activity of chosen) {
      const num = seriesNum++;
      const kindRoll = rng();
      const kind = kinds.get(activity) ?? (activity.adultPence === 0 ? "free" : kindRoll < 0.06 ? "members-only" : "normal");
      const window = WINDOWS[windowCursor++ % WINDOWS.length];
      const plan = schedule(rng);
      const series = seriesRecord(num, venue, {
        name: seriesName(activity, venue, rng, plan.hour),
        description: `${activity.label} at ${venue.name}. ${kind === "members-only" ? "Members only." : "All welcome."}`,
        activityIds: [activityId(activity.label)],
        ageMin: activity.ageMin,
        ageMax: activity.ageMax,
        offers: buildOffers(rng, seller, num, activity, kind, window),
      });
      store.putSeries(series);
      const times: { dayOffset: number; hour: number; minute: number }[] = [];
      for (let d = -PAST_DAYS; d <= FUTURE_DAYS; d++) {
        const weekday = new Date(today + d * DAY).getUTCDay();
        if (plan.days.includes(weekday)) times.push({ dayOffset: d, hour: plan.hour, minute: plan.minute });
      }
      addSessions(series, seller, times, activity.minutes, [8, 30]);
    }
  });
}
