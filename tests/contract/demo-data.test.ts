import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { eventSeries, eventSeriesCollection, facilityUsesCollection, parseImin, slotsOf } from "@/lib/imin/schemas";
import { londonDayStartMs, nextDayKey } from "@/sandbox/facilities-api/london-day";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";
import { clockDay } from "./facilities.helpers";

/**
 * The seed shows every feature of /book near the brands' home locations, on whatever day the tests
 * run: junior classes for the "Children and juniors" filter, a family session with Adult and Junior
 * tickets, and courts to hire on every day of the 14-day window.
 */

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb?.close());

/** brands/default.json, brands/riverside.json, and London. */
const PLACES = {
  Manchester: "53.4808,-2.2426,10",
  Bristol: "51.4504,-2.5973,10",
  London: "51.5074,-0.1278,10",
} as const;

/** The London days from tomorrow to the last whole day imin publishes. */
async function windowDays(): Promise<string[]> {
  const { day } = await clockDay(sb, 1);
  const days = [day];
  while (days.length < 13) days.push(nextDayKey(days[days.length - 1]!));
  return days;
}

const dayBounds = (day: string) =>
  `startDate[gte]=${new Date(londonDayStartMs(day)).toISOString()}&startDate[lte]=${new Date(londonDayStartMs(nextDayKey(day)) - 1000).toISOString()}`;

async function sessionsOn(query: string) {
  const res = await sb.apiJson(`/events-api/v2/event-series?mode=upcoming-sessions&limit=50&${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return parseImin(eventSeriesCollection, res.body)["imin:item"];
}

describe("demo data", () => {
  test.each(Object.entries(PLACES))("junior classes within 10 km of %s on every day of the window", async (_, geo) => {
    for (const day of await windowDays()) {
      const items = await sessionsOn(`geo[radial]=${geo}&ageRangeMax[lte]=17&${dayBounds(day)}`);
      expect(items.length, day).toBeGreaterThan(0);
      for (const es of items) {
        expect(es.ageRange?.maxValue).toBeLessThanOrEqual(17);
        expect(es["imin:aggregateOffer"]?.publicJunior?.price).toBeGreaterThan(0);
      }
    }
  });

  test("a family session with Adult and Junior tickets, each with its age range, every day near Manchester and Bristol", async () => {
    for (const geo of [PLACES.Manchester, PLACES.Bristol]) {
      for (const day of await windowDays()) {
        const family = (await sessionsOn(`geo[radial]=${geo}&${dayBounds(day)}`)).filter((es) => /^Family /.test(es.name ?? ""));
        expect(family.length, `${geo} ${day}`).toBeGreaterThan(0);
      }
    }
    const [found] = (await sessionsOn(`geo[radial]=${PLACES.Manchester}&activityPrefLabel=Swimming`)).filter(
      (es) => es.name === "Family Fun Swim",
    );
    const res = await sb.apiJson(`/events-api/v2/event-series/${encodeURIComponent(found!.identifier!)}`);
    expect(res.status).toBe(200);
    const detail = parseImin(eventSeries, res.body);
    const offers = detail.subEvent[0]!.offers.map((o) => [o.name, o.ageRange?.minValue, o.ageRange?.maxValue]);
    expect(offers).toEqual([
      ["Adult", 16, undefined],
      ["Junior", undefined, 15],
    ]);
    // All ages: neither filter of /book keeps a session that is for adults and children alike.
    expect(detail.ageRange).toBeUndefined();
  });

  test.each(["Manchester", "Bristol"] as const)("badminton courts within 10 km of %s on every day of the window", async (place) => {
    for (const day of await windowDays()) {
      const res = await sb.apiJson(
        `/facilities-api/v2/facility-uses?mode=upcoming-slots&geo[radial]=${PLACES[place]}&activityPrefLabel=Badminton&startDate[gte]=${new Date(londonDayStartMs(day)).toISOString()}&limit=50`,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const uses = parseImin(facilityUsesCollection, res.body)["imin:item"];
      expect(uses.flatMap((fu) => slotsOf(fu)).length, day).toBeGreaterThan(0);
    }
  });
});
