import { describe, expect, test } from "vitest";
import { slotGridHref } from "@/lib/facilities/grid-link";
import { courtsHref, parseCourtParams } from "@/lib/facilities/search-state";
import { mapCourtsResults } from "@/lib/imin/facility-mapping";
import { buildUpcomingSlotsQuery } from "@/lib/imin/facility-query";
import { mapOrderItem } from "@/lib/imin/order-mapping";
import * as s from "@/lib/imin/schemas";
import { mapSlotDetail } from "@/lib/imin/slot-mapping";

const BASE = "https://search.imin.co/facilities-api/v2";
const template = "{checkoutBaseUrl}/checkout/v1/slots/x";

function searchSlot(stamp: string, extra: Record<string, unknown> = {}) {
  return {
    "@type": "Slot",
    id: `${BASE}/slots/fu-1-badminton-c1${stamp.replace(/:/g, "-").replace("Z", "")}`,
    startDate: stamp,
    duration: "PT1H",
    remainingUses: 1,
    maximumUses: 1,
    "imin:aggregateOffer": { type: "imin:AggregateOffer", publicAdult: { type: "AggregateOffer", price: "9.5", priceCurrency: " GBP " } },
    "imin:checkoutUrlTemplate": template,
    ...extra,
  };
}

const venue = {
  "@type": "Place",
  "@id": "https://example.org/places/1",
  name: "  Riverside   Leisure Centre ",
  address: { type: "PostalAddress", addressLocality: " Manchester" },
  geo: { type: "GeoCoordinates", latitude: 53.48, longitude: -2.24 },
};

const search = (items: unknown[]) =>
  s.parseImin(s.facilityUsesCollection, {
    "@type": "imin:RestrictedCollection",
    "imin:totalItems": items.length,
    view: { type: "PartialCollectionView", "imin:totalPages": 1 },
    "imin:item": items,
  });

describe("courts grid mapping", () => {
  test("courts become rows, start times columns; mixed @type/type, stray whitespace and string prices are read", () => {
    const payload = search([
      {
        type: "FacilityUse",
        id: `${BASE}/facility-uses/fu-1-badminton`,
        name: " Badminton Courts ",
        activity: [{ "@type": "Concept", prefLabel: "Badminton " }],
        location: venue,
        provider: { type: "Organization", name: "Riverside Trust " },
        event: [
          {
            "@type": "IndividualFacilityUse",
            name: " Court 2",
            event: [searchSlot("2026-12-01T18:00:00Z", { remainingUses: 0 }), searchSlot("2026-12-01T19:00:00Z")],
          },
          { type: "IndividualFacilityUse", name: "Court 10", event: [searchSlot("2026-12-01T19:00:00Z")] },
        ],
      },
    ]);
    const results = mapCourtsResults(payload, 1, "2026-12-01T12:00:00Z");
    expect(results.zone).toBe("GMT");
    expect(results.venues).toHaveLength(1);
    const [v] = results.venues;
    expect(v).toMatchObject({ name: "Riverside Leisure Centre", locality: "Manchester", provider: "Riverside Trust" });
    const grid = v!.facilities[0]!;
    expect(grid).toMatchObject({ name: "Badminton Courts", activity: "Badminton", shared: false, columns: ["18:00", "19:00"] });
    // Natural order: Court 2 before Court 10.
    expect(grid.rows.map((r) => r.name)).toEqual(["Court 2", "Court 10"]);
    expect(grid.rows[0]!.cells[0]).toMatchObject({ state: "taken", startLabel: "18:00", endLabel: "19:00" });
    expect(grid.rows[0]!.cells[1]).toMatchObject({ state: "free", price: 9.5, currency: "GBP" });
    expect(grid.rows[1]!.cells[0]).toBeUndefined();
    expect(grid.rows[1]!.cells[1]!.slotId).toBe("fu-1-badminton-c12026-12-01T19-00-00");
  });

  test("a provider without courts (slots straight under the FacilityUse) is one shared row with courts counted", () => {
    const payload = search([
      {
        type: "FacilityUse",
        name: "Tennis Courts",
        location: venue,
        event: [
          searchSlot("2026-06-01T17:00:00Z", { remainingUses: 3, maximumUses: 5 }),
          searchSlot("2026-06-01T18:00:00Z", { remainingUses: "0", maximumUses: 5 }),
        ],
      },
    ]);
    const grid = mapCourtsResults(payload, 1, "2026-06-01T12:00:00Z").venues[0]!.facilities[0]!;
    expect(grid.shared).toBe(true);
    // Summer: British Summer Time.
    expect(grid.columns).toEqual(["18:00", "19:00"]);
    expect(grid.rows).toEqual([expect.objectContaining({ name: "Tennis Courts" })]);
    expect(grid.rows[0]!.cells[0]).toMatchObject({ state: "free", remaining: 3, maximum: 5 });
    expect(grid.rows[0]!.cells[1]).toMatchObject({ state: "taken" });
  });

  test("members-only, not bookable online, and missing optional fields never produce undefined text", () => {
    const payload = search([
      {
        type: "FacilityUse",
        event: [
          searchSlot("2026-12-02T10:00:00Z", {
            "imin:aggregateOffer": { publicAdult: { price: 6.6, "imin:membershipRequired": "true" } },
          }),
          searchSlot("2026-12-02T11:00:00Z", { "imin:checkoutUrlTemplate": undefined }),
          { type: "Slot", startDate: "2026-12-02T12:00:00Z" },
          { type: "Slot", startDate: "not a date" },
        ],
      },
    ]);
    const results = mapCourtsResults(payload, 1, "2026-12-02T12:00:00Z");
    const [venueGroup] = results.venues;
    // No names from imin: none in the data (the page words them in its language).
    expect(venueGroup!.name).toBeUndefined();
    const grid = venueGroup!.facilities[0]!;
    expect(grid.name).toBeUndefined();
    expect(grid.rows[0]!.name).toBeUndefined();
    expect(grid.columns).toEqual(["10:00", "11:00", "12:00"]);
    const cells = grid.rows[0]!.cells;
    expect(cells.map((c) => c?.state)).toEqual(["members", "unbookable", "unbookable"]);
    expect(cells[2]).toMatchObject({ slotId: undefined, price: undefined, currency: "GBP", endLabel: undefined });
    expect(JSON.stringify(results)).not.toContain("undefined");
  });

  test("an empty search (imin strips the empty list) maps to no venues and no next page", () => {
    const results = mapCourtsResults(
      s.parseImin(s.facilityUsesCollection, { type: "imin:RestrictedCollection" }),
      1,
      "2026-12-02T12:00:00Z",
    );
    expect(results).toMatchObject({ venues: [], hasNext: false });
  });
});

describe("slot detail mapping", () => {
  const detail = (extra: Record<string, unknown>) =>
    s.parseImin(s.slotDetail, {
      "@type": "Slot",
      "@id": `${BASE}/slots/fu-1-badminton-c32026-12-01T18-00-00`,
      identifier: "https://opendata.example.org/api/facility-uses/fu-1-badminton/slots/fu-1-badminton-c32026-12-01T18-00-00",
      startDate: "2026-12-01T18:00:00Z",
      endDate: "2026-12-01T19:00:00Z",
      duration: "PT1H",
      remainingUses: 1,
      maximumUses: 1,
      "imin:checkoutUrlTemplate": template,
      offers: [
        {
          "@type": "Offer",
          id: "o-adult",
          name: " Adult (peak) ",
          price: 11,
          priceCurrency: "GBP",
          ageRange: { minValue: 16 },
          latestCancellationBeforeStartDate: "PT2H",
        },
        { type: "Offer", id: "o-member", name: "Member", price: 6.6, "imin:membershipRequired": true },
      ],
      facilityUse: {
        "@type": "IndividualFacilityUse",
        name: "Court 3 ",
        facilityUse: {
          type: "FacilityUse",
          name: "Badminton Courts",
          activity: [{ prefLabel: "Badminton" }],
          location: venue,
          provider: { id: "https://example.org/sellers/riverside", name: "Riverside Trust" },
        },
      },
      ...extra,
    });

  test("the court comes from the IndividualFacilityUse, the venue and provider from its FacilityUse", () => {
    const slot = mapSlotDetail(detail({}), "x", Date.parse("2026-12-01T09:00:00Z"));
    expect(slot).toMatchObject({
      slotId: "fu-1-badminton-c32026-12-01T18-00-00",
      type: "Slot",
      facilityName: "Badminton Courts",
      court: "Court 3",
      activity: "Badminton",
      durationMinutes: 60,
      bookable: true,
      membersOnly: false,
      seller: { id: "https://example.org/sellers/riverside", name: "Riverside Trust" },
      venue: { name: "Riverside Leisure Centre", address: "Manchester" },
    });
    expect(slot.offers[0]).toMatchObject({ name: "Adult (peak)", ageMin: 16, membershipRequired: false, cancelMinutesBefore: 120 });
    expect(slot.offers[1]).toMatchObject({ membershipRequired: true, cancelMinutesBefore: undefined });
  });

  test.each([
    [{ remainingUses: 0, "imin:checkoutUrlTemplate": undefined }, "2026-12-01T09:00:00Z", /^Full/],
    [{ "imin:checkoutUrlTemplate": undefined }, "2026-12-01T09:00:00Z", /^No online booking: Riverside Trust/],
    [{}, "2026-12-01T18:30:00Z", /^Already started/],
  ])("unbookable %j at %s says why", (extra, now, reason) => {
    const slot = mapSlotDetail(detail(extra), "x", Date.parse(now));
    expect(slot.bookable).toBe(false);
    expect(slot.reason).toMatch(reason);
  });

  test("a shared slot lists its free courts; a parent that is the FacilityUse itself has no court", () => {
    const slot = mapSlotDetail(
      detail({
        maximumUses: 5,
        remainingUses: 2,
        "beta:sportsActivityLocation": [
          { "@type": "SportsActivityLocation", name: " Court 1" },
          { type: "SportsActivityLocation", name: "Court 4" },
        ],
        facilityUse: { "@type": "FacilityUse", name: "Tennis Courts" },
        offers: [{ id: "m", name: "Member", price: 6, "imin:membershipRequired": true }],
      }),
      "x",
      Date.parse("2026-12-01T09:00:00Z"),
    );
    expect(slot).toMatchObject({ facilityName: "Tennis Courts", court: undefined, freeCourts: ["Court 1", "Court 4"], membersOnly: true });
    expect(slot.venue).toBeUndefined();
  });

  test("a facility imin names by neither name nor activity has no name in the data (the page words it)", () => {
    const slot = mapSlotDetail(detail({ facilityUse: { "@type": "FacilityUse" } }), "x", Date.parse("2026-12-01T09:00:00Z"));
    expect(slot.facilityName).toBeUndefined();
    expect(slot.activity).toBe("");
    const named = mapSlotDetail(detail({ facilityUse: { "@type": "FacilityUse", activity: [{ prefLabel: " Squash" }] } }), "x", 0);
    expect(named.facilityName).toBe("Squash");
  });
});

describe("courts search state", () => {
  test("reads the URL leniently and swaps a reversed time range", () => {
    expect(
      parseCourtParams({
        tab: "courts",
        activity: "  Table   Tennis ",
        day: "2026-12-01",
        after: "20:00",
        before: "18:00",
        km: "25",
        page: "2",
      }),
    ).toEqual({ km: 25, activity: "Table Tennis", day: "2026-12-01", after: "18:00", before: "20:00", page: 2 });
    expect(parseCourtParams({ day: "tomorrow", after: "25:00", km: "7", page: "-1", at: "999,0" })).toEqual({ km: 10, page: 1 });
    expect(parseCourtParams(new URLSearchParams("near=53.48,-2.24|Riverside"))).toMatchObject({
      lat: 53.48,
      lng: -2.24,
      where: "Riverside",
    });
  });

  test("links are canonical and round-trip", () => {
    const f = parseCourtParams({ at: "53.48,-2.24", where: "Riverside", activity: "Squash", day: "2026-12-01", after: "17:00" });
    const href = courtsHref(f);
    expect(href).toBe("/book?tab=courts&at=53.48%2C-2.24&where=Riverside&activity=Squash&day=2026-12-01&after=17%3A00");
    expect(parseCourtParams(new URL(href, "http://x").searchParams)).toEqual(f);
  });

  test("one upcoming-slots call for the venue day, with the exclusive upper bound in UTC", () => {
    const f = parseCourtParams({ activity: "Badminton", after: "17:00", before: "21:00" });
    expect(buildUpcomingSlotsQuery(f, "2026-07-01", { latitude: 51.5, longitude: -0.1 })).toEqual({
      mode: "upcoming-slots",
      "geo[radial]": "51.5,-0.1,10",
      "startDate[gte]": "2026-07-01T16:00:00Z",
      "startDate[lte]": "2026-07-01T20:00:00Z",
      limit: "50",
      page: "1",
      activityPrefLabel: "Badminton",
    });
  });

  test("a slot's grid link names its activity, venue day and venue", () => {
    expect(
      slotGridHref(
        {
          activity: "Badminton, Racket sports",
          startDate: "2026-12-01T23:30:00Z",
          venue: { name: "Riverside", latitude: 53.48, longitude: -2.24 },
        },
        "taken",
      ),
    ).toBe("/book?tab=courts&at=53.48%2C-2.24&where=Riverside&activity=Badminton&day=2026-12-01&notice=taken");
  });
});

describe("a booked slot in an order", () => {
  test("shows the facility, the court and the provider", () => {
    const item = s.parseImin(s.orderItem, {
      "@type": "OrderItem",
      identifier: "oi-1",
      orderedItem: {
        type: "Slot",
        startDate: "2026-12-01T18:00:00Z",
        endDate: "2026-12-01T19:00:00Z",
        "beta:sportsActivityLocation": [{ "@type": "SportsActivityLocation", name: " Court 3 " }],
        facilityUse: { type: "FacilityUse", name: "Badminton Courts", location: venue, provider: { name: "Riverside Trust" } },
      },
    });
    const booking = mapOrderItem(item, { iminCustomerId: "c" });
    expect(booking).toMatchObject({ title: "Badminton Courts", court: "Court 3", organizer: "Riverside Trust", durationMinutes: 60 });
    expect(booking.venue?.name).toMatch(/^Riverside\s+Leisure Centre$/);
  });
});
