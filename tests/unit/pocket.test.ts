import { describe, expect, test } from "vitest";
import { mergeResults } from "@/lib/book/merge-results";
import { cancelWindowText } from "@/lib/imin/cancel-window";
import { mapSearchResults } from "@/lib/imin/event-mapping";
import { mapOrderItem } from "@/lib/imin/order-mapping";
import * as s from "@/lib/imin/schemas";
import { APP_ICONS, brandInitials, isAppIconName } from "@/lib/pwa/icons";

const me = { iminCustomerId: "cust-1" };

function item(extra: { offerWindow?: string; organizer?: Record<string, unknown> } = {}) {
  return s.orderItem.parse({
    type: "OrderItem",
    id: "https://book.imin.co/api/v2/orders/ord-1/order-items/oi-1",
    identifier: "oi-1",
    orderItemStatus: "https://openactive.io/OrderItemConfirmed",
    "imin:isPresentlyCancellable": false,
    acceptedOffer: { type: "Offer", name: "Adult", price: 5, latestCancellationBeforeStartDate: extra.offerWindow },
    orderedItem: {
      type: "ScheduledSession",
      id: "https://search.imin.co/events-api/v2/scheduled-sessions/s-9",
      startDate: "2026-12-01T09:00:00Z",
      superEvent: {
        type: "SessionSeries",
        location: { type: "Place", identifier: "venue-3", name: "Riverside Pool" },
        superEvent: {
          type: "EventSeries",
          id: "https://search.imin.co/events-api/v2/event-series/series%2F42",
          name: "Beginners Boxing",
          organizer: { type: "Organization", name: "Northern Active", ...extra.organizer },
        },
      },
    },
  });
}

describe("why a booking has no Cancel: the mapped window and contacts", () => {
  test.each([
    ["PT2H", 120],
    ["P1D", 1440],
    ["PT90M", 90],
    ["P1DT30M", 1470],
    ["PT0S", 0],
    [undefined, undefined],
    ["soon", undefined],
  ])("%s → %s minutes", (iso, minutes) => {
    expect(mapOrderItem(item({ offerWindow: iso }), me).cancellationWindowMinutes).toBe(minutes);
  });

  test("the organiser's phone and email, trimmed; absent when imin gives neither", () => {
    const withContacts = mapOrderItem(item({ organizer: { email: " desk@northern.example ", telephone: "0161 496 0000" } }), me);
    expect(withContacts.organizerContact).toEqual({ email: "desk@northern.example", telephone: "0161 496 0000" });
    expect(mapOrderItem(item(), me).organizerContact).toBeUndefined();
  });

  test.each([
    [60, "1 hour"],
    [180, "3 hours"],
    [1440, "1 day"],
    [2880, "2 days"],
    [90, "90 minutes"],
    [1, "1 minute"],
  ])("%d minutes read as %s", (minutes, text) => {
    expect(cancelWindowText(minutes)).toBe(text);
  });
});

test("Book again knows the event series (decoded route id) and the venue", () => {
  expect(mapOrderItem(item(), me).again).toEqual({ seriesId: "series/42", venueId: "venue-3", venueName: "Riverside Pool" });
});

describe("app icons", () => {
  test.each([
    ["Acme Fitness", "AF"],
    ["Riverside Active", "RA"],
    ["Zest", "ZE"],
    ["  the 1st club ", "T1"],
    ["Élan Sport", "ÉS"],
    ["!!!", "?"],
  ])("%s → %s", (name, initials) => {
    expect(brandInitials(name)).toBe(initials);
  });

  test("the manifest's standard sizes, and nothing else is served", () => {
    expect(Object.values(APP_ICONS).map((i) => i.size)).toEqual(expect.arrayContaining([192, 512]));
    expect(isAppIconName("icon-512.png")).toBe(true);
    expect(isAppIconName("../secret.png")).toBe(false);
    expect(isAppIconName("toString")).toBe(false);
  });
});

describe("the search list's entitlement price", () => {
  const payload = (aggregate: Record<string, unknown>) =>
    s.searchResultsCollection.parse({
      type: "imin:RestrictedCollection",
      "imin:totalItems": 1,
      "imin:item": [
        {
          type: "EventSeries",
          name: "Fun Climbing Session",
          "imin:aggregateOffer": {
            type: "imin:AggregateOffer",
            publicAdult: { type: "AggregateOffer", price: 12.5, priceCurrency: "GBP" },
            ...aggregate,
          },
          subEvent: [
            {
              type: "SessionSeries",
              subEvent: [
                {
                  type: "ScheduledSession",
                  id: "https://search.imin.co/events-api/v2/scheduled-sessions/s-1",
                  startDate: "2026-12-01T09:00:00Z",
                },
              ],
            },
          ],
        },
      ],
    });

  test("imin's activeEntitlement price, marked when indicative", () => {
    const [item] = mapSearchResults(
      payload({ activeEntitlement: { type: "AggregateOffer", price: 6.8, priceCurrency: "GBP", "imin:indicativePrice": true } }),
      1,
      0,
    ).items;
    expect(item).toMatchObject({ adultPrice: 12.5, entitlementPrice: 6.8, entitlementIndicative: true });
  });

  test("none without an entitlement", () => {
    const [item] = mapSearchResults(payload({}), 1, 0).items;
    expect(item?.entitlementPrice).toBeUndefined();
    expect(item?.adultPrice).toBe(12.5);
  });
});

describe("Include swimming and gym: classes and the timetable as one list", () => {
  const session = (sessionId: string, startDate: string) => ({
    sessionId,
    name: sessionId,
    activity: "",
    venue: "",
    startDate,
    currency: "GBP",
    bookable: true,
  });
  const classes = {
    items: [session("yoga", "2026-12-01T10:00:00Z"), session("boxing", "2026-12-01T18:00:00Z")],
    total: 2,
    page: 1,
    totalPages: 1,
    hasNext: false,
  };
  const swimGym = {
    items: [session("swim", "2026-12-01T07:00:00Z"), session("yoga", "2026-12-01T10:00:00Z"), session("gym", "2026-12-01T12:00:00Z")],
    total: 30,
    page: 1,
    totalPages: 2,
    hasNext: true,
  };

  test("merged in start-time order, each session once, paged while either has more", () => {
    const merged = mergeResults(classes, swimGym);
    expect(merged.items.map((s) => s.sessionId)).toEqual(["swim", "yoga", "gym", "boxing"]);
    expect(merged).toMatchObject({ total: 32, page: 1, totalPages: 2, hasNext: true });
  });
});
