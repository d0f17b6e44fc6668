import { describe, expect, test } from "vitest";
import { orderIdFromItemId, receiptIdFromUrl } from "@/lib/imin/order-ids";
import { bookingStatus, mapOrder, mapOrderItem } from "@/lib/imin/order-mapping";
import { mapPage, parsePageParam } from "@/lib/imin/paging";
import * as s from "@/lib/imin/schemas";
import { iminExample as example } from "../support/imin-examples";

const me = { iminCustomerId: "cust-1", email: "me@example.com" };

describe("order id from an OrderItem id", () => {
  test.each([
    ["https://book.imin.co/api/v2/orders/0bac05e5-b207-4794-80b8-6c94211643c5/order-items/abcd", "0bac05e5-b207-4794-80b8-6c94211643c5"],
    ["http://localhost:4010/api/v2/orders/ord_x1/order-items/oi_2/", "ord_x1"],
    ["https://book.imin.co/api/v2/orders/abc/order-items/x?foo=1", "abc"],
    ["https://book.imin.co/api/v2/orders/a%2Fb/order-items/x", undefined], // an encoded slash never reaches a URL
    ["https://book.imin.co/api/v2/orders//order-items/x", undefined],
    ["https://book.imin.co/api/v2/orders/abc", undefined],
    ["not a url", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("%s → %s", (input, expected) => {
    expect(orderIdFromItemId(input)).toBe(expected);
  });
});

describe("paging parameters", () => {
  test.each([
    [undefined, 1],
    ["", 1],
    ["2", 2],
    [" 3 ", 3],
    ["0", 1],
    ["-4", 1],
    ["abc", 1],
    ["1.5", 1],
    ["1e3", 1],
    [["4", "5"], 4],
    ["999999999", 10_000],
    ["99999999999999999999", 1],
  ])("%j → %d", (input, expected) => {
    expect(parsePageParam(input as any)).toBe(expected);
  });

  test("imin's self-contradicting example (19 items, totalPages 1, next = 2) still offers page 2", () => {
    const payload = s.parseImin(s.orderItemsCollection, example("order-items.response-200.doc-prefix.json"));
    const page = mapPage(payload, 1, (i) => i.identifier);
    expect(page.hasNext).toBe(true);
    expect(page.hasPrevious).toBe(false);
  });

  test("an empty page never offers a next one, whatever the links say", () => {
    const page = mapPage({ "imin:item": [], view: { next: "x?page=3", "imin:totalPages": 9 } }, 2, (i) => i);
    expect(page.hasNext).toBe(false);
  });

  test("an empty page, with imin:item stripped as imin strips empty arrays, parses as no items", () => {
    const payload = s.parseImin(s.orderItemsCollection, { type: "imin:RestrictedCollection", "imin:totalItems": 0 });
    expect(mapPage(payload, 1, (i) => i)).toMatchObject({ items: [], hasNext: false });
    expect(s.parseImin(s.ordersCollection, { type: "imin:RestrictedCollection" })["imin:item"]).toEqual([]);
  });

  test("a missing view falls back to the requested page", () => {
    const page = mapPage({ "imin:item": [1, 2] }, 1, (i) => i);
    expect(page).toMatchObject({ page: 1, totalPages: 1, hasNext: false, hasPrevious: false });
  });
});

describe("mapping OrderItems", () => {
  test("the documented example maps, trimming stray whitespace", () => {
    const payload = s.parseImin(s.orderItemsCollection, example("order-items.response-200.doc-prefix.json"));
    const booking = mapOrderItem(payload["imin:item"][0], me);
    expect(booking.orderId).toBe("0bac05e5-b207-4794-80b8-6c94211643c5");
    expect(booking.title).toBe("test sss");
    expect(booking.venue?.name).toBe("test venue");
    expect(booking.venue?.addressLines).toEqual(["Flat 3", "3 Dale Street", "Manchester", "M1 1BA"]);
    expect(booking.venue?.mapUrl).toContain("51.4290485");
    expect(booking.durationMinutes).toBe(60);
    expect(booking.status).toBe("confirmed");
    expect(booking.cancellable).toBe(false); // absent flag = no Cancel button
  });

  test("a bare item with only an identifier still maps", () => {
    const item = s.parseImin(s.orderItem, { type: "OrderItem", identifier: 42 });
    const booking = mapOrderItem(item, me);
    expect(booking).toMatchObject({ identifier: "42", id: "42", title: "Booking", cancellable: false, accessCodes: [] });
    expect(booking.orderId).toBeUndefined();
    expect(booking.venue).toBeUndefined();
  });

  test("cancellable only when imin says so and the item is confirmed", () => {
    const base = { "@type": "OrderItem", "@id": "https://x/api/v2/orders/o1/order-items/i1", identifier: "i1" };
    expect(mapOrderItem(s.parseImin(s.orderItem, { ...base, "imin:isPresentlyCancellable": "true" }), me).cancellable).toBe(true);
    expect(
      mapOrderItem(
        s.parseImin(s.orderItem, {
          ...base,
          "imin:isPresentlyCancellable": true,
          orderItemStatus: "https://openactive.io/SellerCancelled",
        }),
        me,
      ).cancellable,
    ).toBe(false);
  });

  test("statuses in any spelling; unknown values tolerated", () => {
    expect(bookingStatus("https://openactive.io/CustomerCancelled")).toBe("customer-cancelled");
    expect(bookingStatus("oa:SellerCancelled")).toBe("seller-cancelled");
    expect(bookingStatus("AttendeeAttended")).toBe("attended");
    expect(bookingStatus("https://openactive.io/SomethingNew")).toBe("unknown");
    expect(bookingStatus(undefined)).toBe("confirmed");
  });

  test("attendee shown only when it is not the customer; access codes read", () => {
    const item = (attendee: object) =>
      mapOrderItem(
        s.parseImin(s.orderItem, {
          type: "OrderItem",
          identifier: "i",
          attendee,
          accessCode: { type: "PropertyValue", name: "Door code", description: " 4821 " },
        }),
        me,
      );
    expect(item({ givenName: "Sam", familyName: "Lee" }).attendee?.name).toBe("Sam Lee");
    expect(item({ givenName: "Me", identifier: "cust-1" }).attendee).toBeUndefined();
    expect(item({ givenName: "Me", email: "ME@example.com" }).attendee).toBeUndefined();
    expect(item({ givenName: "Sam" }).accessCodes).toEqual([{ label: "Door code", code: "4821" }]);
  });

  test("a cancelled place keeps no access codes", () => {
    const codes = (extra: object) =>
      mapOrderItem(
        s.parseImin(s.orderItem, {
          type: "OrderItem",
          identifier: "i",
          accessCode: { type: "PropertyValue", name: "Door code", description: "4821" },
          ...extra,
        }),
        me,
      ).accessCodes;
    expect(codes({ orderItemStatus: "https://openactive.io/CustomerCancelled" })).toEqual([]);
    expect(codes({ orderItemStatus: "https://openactive.io/SellerCancelled" })).toEqual([]);
    expect(codes({ orderItemStatus: "https://openactive.io/OrderItemConfirmed" })).toHaveLength(1);
  });
});

describe("mapping Orders", () => {
  test("the documented example maps; it names no customer so it is nobody's", () => {
    const order = mapOrder(s.parseImin(s.order, example("order.response-200.doc-prefix.json")), me);
    expect(order.belongsToCustomer).toBe(false);
    expect(order.receipts).toEqual([
      { id: "1", url: "https://book.imin.co/api/v2/receipts/1", dateCreated: "2021-04-30T11:42:47.813766+01:00" },
    ]);
    expect(order.seller?.links.map((l) => l.label)).toEqual(["Privacy Policy", "Terms and Conditions"]);
    expect(order.total).toBeUndefined();
    expect(order.items[0].orderId).toBe("0bac05e5-b207-4794-80b8-6c94211643c5");
  });

  test("ownership by identifier or by the Customer Account id", () => {
    const base = { type: "Order", identifier: "o1" };
    expect(mapOrder(s.parseImin(s.order, { ...base, customer: { identifier: "cust-1" } }), me).belongsToCustomer).toBe(true);
    expect(
      mapOrder(s.parseImin(s.order, { ...base, customer: { "@id": "https://b/api/v2/customer-accounts/cust-1" } }), me).belongsToCustomer,
    ).toBe(true);
    expect(mapOrder(s.parseImin(s.order, { ...base, customer: { identifier: "cust-2" } }), me).belongsToCustomer).toBe(false);
  });

  test("status summarises the items", () => {
    const order = (statuses: string[]) =>
      mapOrder(
        s.parseImin(s.order, {
          type: "Order",
          identifier: "o",
          orderedItem: statuses.map((st, i) => ({ type: "OrderItem", identifier: `i${i}`, orderItemStatus: st })),
          totalPaymentDue: { price: "12.50", priceCurrency: "GBP" },
        }),
        me,
      );
    expect(order(["OrderItemConfirmed"]).status).toBe("confirmed");
    expect(order(["CustomerCancelled", "OrderItemConfirmed"]).status).toBe("partly-cancelled");
    expect(order(["CustomerCancelled", "SellerCancelled"]).status).toBe("cancelled");
    expect(order(["AttendeeAttended"]).status).toBe("completed");
    expect(order([]).total).toEqual({ amount: 12.5, currency: "GBP" });
  });

  test("receipt ids come from the URL's last segment", () => {
    expect(receiptIdFromUrl("https://book.imin.co/api/v2/receipts/rcpt_1")).toBe("rcpt_1");
    expect(receiptIdFromUrl("nope")).toBeUndefined();
  });
});
