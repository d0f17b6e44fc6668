import { describe, expect, test } from "vitest";
import { parseSearchParams, searchHref, toSearchParams } from "@/lib/book/search-state";
import { mapSearchResults, mapSessionDetail, sessionRouteId } from "@/lib/imin/event-mapping";
import { buildEventSeriesQuery } from "@/lib/imin/event-query";
import { venueTimeToUtcIso as londonToUtcIso } from "@/lib/time/venue-time";
import { parseImin, scheduledSessionDetail, searchResultsCollection } from "@/lib/imin/schemas";

const centre = { latitude: 53.4808, longitude: -2.2426 };

describe("search state in the URL", () => {
  test("round-trips and leaves defaults out", () => {
    const f = parseSearchParams(
      new URLSearchParams(
        "at=51.5,-0.12&where=Putney&km=5&activity=Yoga&from=2026-11-25&to=2026-11-27&time=evening&age=adult&hf=1&page=3&limit=50",
      ),
    );
    expect(f).toEqual({
      lat: 51.5,
      lng: -0.12,
      where: "Putney",
      km: 5,
      activity: "Yoga",
      from: "2026-11-25",
      to: "2026-11-27",
      time: "evening",
      age: "adult",
      swimGym: true,
      page: 3,
      limit: 50,
    });
    expect(parseSearchParams(toSearchParams(f))).toEqual(f);
    expect(searchHref(parseSearchParams({}))).toBe("/book");
  });

  test("reads the picker's near=lat,lng|name", () => {
    expect(parseSearchParams({ near: "51.45,-2.59|Harbourside Lido" })).toMatchObject({
      lat: 51.45,
      lng: -2.59,
      where: "Harbourside Lido",
    });
  });

  test("malformed values are ignored, never an error", () => {
    expect(parseSearchParams({ at: "north", km: "7", page: "-1", limit: "500", time: "midnight", age: "old", from: "soon" })).toEqual({
      km: 10,
      page: 1,
      limit: 20,
      swimGym: false,
      lat: undefined,
      lng: undefined,
      where: undefined,
      activity: undefined,
      from: undefined,
      to: undefined,
      time: undefined,
      age: undefined,
    });
  });
});

describe("Events API query builder", () => {
  test("defaults: upcoming sessions around the centre, 20 a page", () => {
    expect(buildEventSeriesQuery(parseSearchParams({}), centre)).toEqual({
      mode: "upcoming-sessions",
      "geo[radial]": "53.4808,-2.2426,10",
      limit: "20",
      page: "1",
    });
  });

  test("every filter maps to the documented parameter", () => {
    const q = buildEventSeriesQuery(
      parseSearchParams({
        km: "25",
        activity: "Yoga",
        from: "2026-06-10",
        to: "2026-06-12",
        time: "morning",
        age: "junior",
        hf: "1",
        page: "2",
        limit: "50",
      }),
      centre,
    );
    expect(q).toEqual({
      mode: "upcoming-sessions",
      "geo[radial]": "53.4808,-2.2426,25",
      limit: "50",
      page: "2",
      // London dates in summer time: midnight BST is 23:00 UTC the day before.
      "startDate[gte]": "2026-06-09T23:00:00Z",
      "startDate[lte]": "2026-06-12T22:59:59Z",
      "startTime[gte]": "00:00",
      "startTime[lte]": "11:59",
      activityPrefLabel: "Yoga",
      "ageRangeMax[lte]": "17",
      iminTag: "HighFrequencySession",
    });
    expect(buildEventSeriesQuery(parseSearchParams({ age: "adult" }), centre)["ageRangeMin[gte]"]).toBe("18");
  });

  test("dates the wrong way round are swapped; winter dates have no offset", () => {
    const q = buildEventSeriesQuery(parseSearchParams({ from: "2026-12-03", to: "2026-12-01" }), centre);
    expect(q["startDate[gte]"]).toBe("2026-12-01T00:00:00Z");
    expect(q["startDate[lte]"]).toBe("2026-12-03T23:59:59Z");
    expect(londonToUtcIso("2026-03-29", "12:00:00")).toBe("2026-03-29T11:00:00Z");
  });
});

describe("mapping search results", () => {
  const payload = {
    type: "imin:RestrictedCollection",
    "imin:totalItems": 19,
    view: { next: "https://search.imin.co/events-api/v2/event-series?page=2", "imin:totalPages": 1 },
    "imin:item": [
      {
        "@type": "EventSeries",
        name: " Public Swim ",
        "imin:aggregateOffer": { publicAdult: { price: 4.3, priceCurrency: "GBP" }, publicJunior: { price: "3.3", priceCurrency: "GBP" } },
        subEvent: [
          {
            type: "SessionSeries",
            activity: [{ prefLabel: "Swimming" }],
            location: {
              name: "Leeds City Baths",
              address: { addressLocality: "Leeds " },
              geo: { latitude: 53.8, longitude: -1.55, "imin:distanceFromGeoQueryCenter": { value: 2.5, unitCode: "KMT" } },
            },
            subEvent: [
              {
                type: "ScheduledSession",
                id: "https://search.imin.co/events-api/v2/scheduled-sessions/https%3A%2F%2Ffeed.example%2Fs%2F1",
                startDate: "2099-01-01T10:00:00Z",
                remainingAttendeeCapacity: 4,
                "imin:checkoutUrlTemplate": "{checkoutBaseUrl}/x",
              },
              {
                type: "ScheduledSession",
                identifier: "https://feed.example/s/2",
                startDate: "2099-01-01T11:00:00Z",
                remainingAttendeeCapacity: 0,
              },
            ],
          },
        ],
      },
      { type: "EventSeries", unknownField: true },
    ],
  };

  test("tolerant: whitespace, numeric strings, unknown fields; bookable only with a checkout template", () => {
    const r = mapSearchResults(parseImin(searchResultsCollection, payload), 1, Date.parse("2098-01-01T00:00:00Z"));
    expect(r.items).toHaveLength(2);
    expect(r.items[0]).toMatchObject({
      sessionId: "https://feed.example/s/1",
      name: "Public Swim",
      activity: "Swimming",
      venue: "Leeds City Baths",
      locality: "Leeds",
      distanceKm: 2.5,
      adultPrice: 4.3,
      juniorPrice: 3.3,
      currency: "GBP",
      remaining: 4,
      bookable: true,
    });
    expect(r.items[1]).toMatchObject({ bookable: false, reason: "Full" });
    // imin's own contradiction (next link on the last page) does not make a "Next" link.
    expect(r.hasNext).toBe(false);
  });

  test("a venue imin sends without a name has none in the data (the list words it in the page's language)", () => {
    const series = payload["imin:item"][0]!;
    const nameless = {
      ...payload,
      "imin:item": [{ ...series, subEvent: [{ ...series.subEvent![0]!, location: { address: { addressLocality: "Leeds" } } }] }],
    };
    const [item] = mapSearchResults(parseImin(searchResultsCollection, nameless), 1, Date.parse("2098-01-01T00:00:00Z")).items;
    expect(item!.venue).toBeUndefined();
    expect(item!.locality).toBe("Leeds");
  });

  test("route ids come from the Events API id's last segment", () => {
    expect(sessionRouteId({ id: "http://localhost:4010/events-api/v2/scheduled-sessions/ss-123" })).toBe("ss-123");
    expect(sessionRouteId({ identifier: "https://feed.example/s/9" })).toBe("9");
  });

  test("session detail: offers with ages, membership, entitlement", () => {
    const detail = mapSessionDetail(
      parseImin(scheduledSessionDetail, {
        type: "ScheduledSession",
        identifier: "https://feed.example/s/1",
        startDate: "2099-01-01T10:00:00Z",
        superEvent: {
          type: "SessionSeries",
          name: "Spin",
          organizer: { id: "https://seller.example", name: "Riverside" },
          offers: [
            { type: "Offer", id: "o1", name: "Adult", price: 12, priceCurrency: "GBP", activeEntitlement: { id: "o1/e", price: 6 } },
            { type: "Offer", id: "o2", name: "Member", price: 5, "imin:membershipRequired": "true", ageRange: { minValue: 16 } },
          ],
        },
      }),
      "1",
      Date.parse("2098-01-01T00:00:00Z"),
    );
    expect(detail.bookable).toBe(false);
    expect(detail.reason).toBe("Not bookable online");
    expect(detail.offers).toEqual([
      {
        id: "o1",
        name: "Adult",
        price: 12,
        currency: "GBP",
        ageMin: undefined,
        ageMax: undefined,
        membershipRequired: false,
        entitlement: { id: "o1/e", price: 6, name: undefined, indicative: false },
      },
      {
        id: "o2",
        name: "Member",
        price: 5,
        currency: "GBP",
        ageMin: 16,
        ageMax: undefined,
        membershipRequired: true,
        entitlement: undefined,
      },
    ]);
  });
});
