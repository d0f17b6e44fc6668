import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import * as s from "@/lib/imin/schemas";
import { addOrder } from "@/sandbox/seed/orders";
import type { Store } from "@/sandbox/store/store";
import type { OfferRecord, SeriesRecord, SessionRecord } from "@/sandbox/store/types";
import { openActiveProblems } from "../support/openactive-validate";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";

/**
 * The Booking Platform's order endpoints over real HTTP, on fixtures this file builds itself (so it
 * does not depend on the demo seed's exact contents).
 */

const HOUR = 3_600_000;
const A = "orders-test-a";
const B = "orders-test-b";

let sandbox: TestSandbox;
let webhookServer: Server;
const webhookCalls: { headers: Record<string, unknown>; body: string }[] = [];

interface Fixture {
  sessions: SessionRecord[];
  series: SeriesRecord;
  cancellable: OfferRecord;
  fixed: OfferRecord;
  ordersA: string[];
  orderB: string;
}
let fx: Fixture;

function buildFixture(store: Store, nowMs: number): Fixture {
  const sellerId = "https://sandbox.example/sellers/orders-test";
  store.putSeller({
    id: sellerId,
    slug: "orders-test",
    name: "Riverside Leisure Trust",
    url: "https://riverside.example",
    logoPath: "/assets/sellers/orders-test.svg",
    email: "hello@riverside.example",
    telephone: "0161 000 0000",
    sameAs: [],
    termsUrl: "https://riverside.example/terms",
    privacyUrl: "https://riverside.example/privacy",
    accessPassPattern: /.*/,
    accessPassRule: "any",
    linkProfile: "plain",
  });
  store.venues.set("9901", {
    id: "9901",
    sellerId,
    name: "Riverside Leisure Centre",
    streetAddress: "1 Quay Street",
    addressLocality: "Manchester",
    addressRegion: "Greater Manchester",
    postalCode: "M3 3HN",
    latitude: 53.48,
    longitude: -2.25,
    strayWhitespace: true,
  });
  const activityId = "https://openactive.io/activity-list#c16df6ed-a4a0-4275-a8c3-1c8cff56856f";
  store.activities.set(activityId, { id: activityId, prefLabel: "Yoga" });
  const cancellable: OfferRecord = {
    id: "https://sandbox.example/offers/orders-test-adult",
    identifier: "orders-test-adult",
    name: "Adult",
    pricePence: 650,
    currency: "GBP",
    membershipRequired: false,
    cancellationWindowMinutes: 120,
  };
  const fixed: OfferRecord = {
    ...cancellable,
    id: "https://sandbox.example/offers/orders-test-fixed",
    identifier: "orders-test-fixed",
    name: "Concession",
    pricePence: 400,
    cancellationWindowMinutes: undefined,
  };
  const series: SeriesRecord = {
    id: "orders-test-series",
    sessionSeriesId: "orders-test-session-series",
    sellerId,
    venueId: "9901",
    name: "Sunrise Yoga",
    description: "Gentle yoga",
    activityIds: [activityId],
    highFrequency: false,
    offers: [cancellable, fixed],
  };
  store.putSeries(series);
  const sessions: SessionRecord[] = [];
  // 12 upcoming sessions a day apart (from +1 day), and 2 past ones.
  for (let i = -2; i < 12; i++) {
    const start = nowMs + (i < 0 ? i * 24 * HOUR : (i + 1) * 24 * HOUR);
    const session: SessionRecord = {
      identifier: `https://sandbox.example/feeds/sessions/orders-test-${i + 2}`,
      id: `orders-test-${i + 2}`,
      seriesId: series.id,
      startDate: new Date(start).toISOString(),
      endDate: new Date(start + HOUR).toISOString(),
      capacity: 20,
      remaining: 20,
    };
    store.putSession(session);
    sessions.push(session);
  }
  for (const [identifier, givenName] of [
    [A, "Ada"],
    [B, "Ben"],
  ]) {
    store.customers.set(identifier, {
      identifier,
      email: `${identifier}@example.com`,
      givenName,
      familyName: "Tester",
      createdAt: new Date(nowMs - 100 * 24 * HOUR).toISOString(),
    });
  }
  const ordersA: string[] = [];
  // One order per upcoming session, ordered a day apart so history has a clear newest-first order.
  sessions.forEach((session, i) => {
    const orderDate = new Date(nowMs - (30 - i) * 24 * HOUR).toISOString();
    const offerId = i === 3 ? fixed.id : cancellable.id;
    const status = i === 0 ? ("AttendeeAttended" as const) : undefined;
    const order = addOrder(store, A, orderDate, [
      {
        session,
        offerId,
        status,
        accessCode: i === 4 ? "4821" : undefined,
        attendee: i === 5 ? { givenName: "Sam", familyName: "Tester" } : undefined,
      },
    ]);
    ordersA.push(order.identifier);
  });
  const orderB = addOrder(store, B, new Date(nowMs - 2 * 24 * HOUR).toISOString(), [
    { session: sessions[6], offerId: cancellable.id },
  ]).identifier;
  return { sessions, series, cancellable, fixed, ordersA, orderB };
}

beforeAll(async () => {
  webhookServer = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      webhookCalls.push({ headers: req.headers, body });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => webhookServer.listen(0, "127.0.0.1", resolve));
  const port = (webhookServer.address() as AddressInfo).port;
  sandbox = await startTestSandbox({ webhookUrl: `http://127.0.0.1:${port}/hook`, webhookApiKey: "orders-webhook-key" });
});

afterAll(async () => {
  await sandbox?.close();
  await new Promise((resolve) => webhookServer?.close(resolve));
});

beforeEach(() => {
  sandbox.ctx.clock.reset();
  // Fresh fixtures each test: cancellations and clock moves must not leak between tests.
  for (const id of [A, B]) for (const order of sandbox.ctx.store.ordersOfCustomer(id)) sandbox.ctx.store.orders.delete(order.identifier);
  fx = buildFixture(sandbox.ctx.store, sandbox.ctx.clock.now().getTime());
});

const items = (customer: string, page?: number | string) =>
  sandbox.apiJson(`/api/v2/order-items?customerIdentifier=${customer}${page !== undefined ? `&page=${page}` : ""}`);
const orders = (customer: string, page?: number | string) =>
  sandbox.apiJson(`/api/v2/orders?customerIdentifier=${customer}${page !== undefined ? `&page=${page}` : ""}`);
const itemOf = (orderId: string) => sandbox.ctx.store.orders.get(orderId)!.items[0];
const itemUrl = (orderId: string) => `${sandbox.url}/api/v2/orders/${orderId}/order-items/${itemOf(orderId).identifier}`;
const cancel = (orderId: string, ids: string[], status = "https://openactive.io/CustomerCancelled") =>
  sandbox.apiJson(`/api/v2/orders/${orderId}`, {
    method: "PATCH",
    json: {
      "@context": "https://openactive.io/",
      "@type": "Order",
      orderedItem: ids.map((id) => ({ "@type": "OrderItem", "@id": id, orderItemStatus: status })),
    },
  });

describe("GET /order-items (upcoming)", () => {
  test("earliest first, 10 a page, with consistent paging links; parses with the portal's schema", async () => {
    const first = await items(A);
    expect(first.status).toBe(200);
    const parsed = s.parseImin(s.orderItemsCollection, first.body);
    expect(parsed.type).toBe("imin:RestrictedCollection");
    expect(parsed["imin:totalItems"]).toBe(12);
    expect(parsed["imin:item"]).toHaveLength(10);
    const starts = parsed["imin:item"].map((i) => i.orderedItem!.startDate!);
    expect([...starts].sort()).toEqual(starts);
    expect(parsed.view?.["imin:totalPages"]).toBe(2);
    expect(parsed.view?.next).toContain("page=2");
    expect(parsed.view?.previous).toBeUndefined();
    expect(parsed.view?.urlTemplate).toContain("page={page}");

    const second = s.parseImin(s.orderItemsCollection, (await items(A, 2)).body);
    expect(second["imin:item"]).toHaveLength(2);
    expect(second.view?.next).toBeUndefined();
    expect(second.view?.previous).toContain("page=1");
    expect(second["imin:item"][0].orderedItem!.startDate! >= starts[9]).toBe(true);

    const beyond = await items(A, 7);
    expect(beyond.status).toBe(200);
    expect(s.parseImin(s.orderItemsCollection, beyond.body)["imin:item"]).toHaveLength(0);
  });

  test("every item renders the session, venue, organiser, offer and the order it belongs to", async () => {
    const { body } = await items(A);
    const first = body["imin:item"][0];
    expect(first.type).toBe("OrderItem");
    expect(first.id).toMatch(new RegExp(`/api/v2/orders/${fx.ordersA[2]}/order-items/`));
    expect(first.orderItemStatus).toBe("https://openactive.io/OrderItemConfirmed");
    expect(first.acceptedOffer).toMatchObject({ name: "Adult", price: 6.5, priceCurrency: "GBP" });
    expect(first.orderedItem.superEvent.location.address.addressLocality).toBe(" Manchester"); // documented quirk
    expect(first.orderedItem.superEvent.superEvent).toMatchObject({ type: "EventSeries", name: "Sunrise Yoga" });
    expect(first.orderedItem.superEvent.superEvent.organizer.name).toBe("Riverside Leisure Trust");
    const withCode = body["imin:item"].find((i: any) => i.accessCode);
    expect(withCode.accessCode[0].description).toBe("4821");
    expect(body["imin:item"].find((i: any) => i.attendee)?.attendee).toMatchObject({ givenName: "Sam" });
  });

  test("isPresentlyCancellable follows the offer's window, the status and the sandbox clock", async () => {
    const byOrder = async () => {
      const all = [...(await items(A, 1)).body["imin:item"], ...((await items(A, 2)).body["imin:item"] ?? [])];
      return new Map(all.map((i: any) => [i.id.split("/orders/")[1].split("/")[0], i["imin:isPresentlyCancellable"]]));
    };
    let flags = await byOrder();
    expect(flags.get(fx.ordersA[2])).toBe(true); // +1 day, 2 h window
    expect(flags.get(fx.ordersA[3])).toBe(false); // offer without a cancellation window

    // 23 hours on: the first upcoming session starts in 1 hour, inside its 2-hour window.
    sandbox.ctx.clock.advance(23 * HOUR);
    flags = await byOrder();
    expect(flags.get(fx.ordersA[2])).toBe(false);
    expect(flags.get(fx.ordersA[4])).toBe(true);
  });

  test("bad queries answer 400 and unknown customers 404, never 500", async () => {
    expect((await sandbox.apiJson("/api/v2/order-items")).status).toBe(400);
    for (const page of ["abc", "0", "-1", "1.5", "99999999999"]) {
      const res = await items(A, page);
      expect(res.status, `page=${page}`).toBe(400);
      expect(res.body["@type"]).toBe("InvalidRequestError");
    }
    const unknown = await items("no-such-customer");
    expect(unknown.status).toBe(404);
    expect((await sandbox.apiJson("/api/v2/order-items?customerIdentifier=x", { key: null })).status).toBe(401);
  });
});

describe("GET /orders and /orders/{id}", () => {
  test("history is newest first, 10 a page", async () => {
    const first = await orders(A);
    expect(first.status).toBe(200);
    const parsed = s.parseImin(s.ordersCollection, first.body);
    expect(parsed["imin:totalItems"]).toBe(14);
    expect(parsed["imin:item"]).toHaveLength(10);
    const dates = parsed["imin:item"].map((o) => o.orderDate!);
    expect([...dates].sort().reverse()).toEqual(dates);
    const second = s.parseImin(s.ordersCollection, (await orders(A, 2)).body);
    expect(second["imin:item"]).toHaveLength(4);
    expect(second["imin:item"].every((o) => o.orderDate! < dates[9])).toBe(true);
    // B's order never appears in A's history.
    expect([...parsed["imin:item"], ...second["imin:item"]].map((o) => o.identifier)).not.toContain(fx.orderB);
  });

  test("one order carries everything history needs, including its customer", async () => {
    const { status, body } = await sandbox.apiJson(`/api/v2/orders/${fx.ordersA[5]}`);
    expect(status).toBe(200);
    const order = s.parseImin(s.order, body);
    expect(order.identifier).toBe(fx.ordersA[5]);
    expect(order.customer?.identifier).toBe(A);
    expect(order.confirmationNumber).toMatch(/^[A-Z]{3}\d{6}$/);
    expect(order.totalPaymentDue).toMatchObject({ price: 6.5, priceCurrency: "GBP" });
    expect(order.seller?.name).toBe("Riverside Leisure Trust");
    expect(order.seller?.termsOfService.map((t) => t.url)).toEqual([
      "https://riverside.example/privacy",
      "https://riverside.example/terms",
    ]);
    expect(order["imin:receipt"][0].url).toMatch(/\/api\/v2\/receipts\//);
    expect(order.orderedItem[0].orderedItem?.superEvent?.location?.name).toBe("Riverside Leisure Centre");
    expect(order.orderedItem[0].attendee?.givenName).toBe("Sam");
  });

  test("unknown order ids answer 404 UnknownOrderError", async () => {
    for (const id of ["does-not-exist", "..%2F..%2Fadmin", "%00"]) {
      const res = await sandbox.apiJson(`/api/v2/orders/${id}`);
      expect(res.status, id).toBe(404);
    }
    expect((await sandbox.apiJson("/api/v2/orders/does-not-exist")).body["@type"]).toBe("UnknownOrderError");
  });
});

describe("PATCH /orders/{id} (customer cancellation)", () => {
  test("cancels, frees the place, issues a new receipt; repeating is harmless", async () => {
    const orderId = fx.ordersA[2];
    const session = fx.sessions[2];
    const before = session.remaining;
    const res = await cancel(orderId, [itemUrl(orderId)]);
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    expect(session.remaining).toBe(before + 1);

    const { body } = await sandbox.apiJson(`/api/v2/orders/${orderId}`);
    expect(body.orderedItem[0].orderItemStatus).toBe("https://openactive.io/CustomerCancelled");
    expect(body.orderedItem[0]["imin:isPresentlyCancellable"]).toBe(false);
    expect(body["imin:receipt"]).toHaveLength(2);
    expect(body["imin:receipt"][0].dateCreated >= body["imin:receipt"][1].dateCreated).toBe(true);
    const latest = await fetch(body["imin:receipt"][0].url, { headers: { "X-API-KEY": sandbox.apiKey } });
    const text = pdfText(Buffer.from(await latest.arrayBuffer()));
    expect(text).toContain("Cancelled (refunded)");
    expect(text).toContain("Refunded");

    const again = await cancel(orderId, [itemUrl(orderId)]);
    expect(again.status).toBe(204);
    expect(session.remaining).toBe(before + 1);
  });

  test("refused with a customer-readable description once the window has closed", async () => {
    const orderId = fx.ordersA[2];
    sandbox.ctx.clock.advance(23 * HOUR);
    const res = await cancel(orderId, [itemUrl(orderId)]);
    expect(res.status).toBe(400);
    expect(res.body["@type"]).toBe("CancellationNotPermittedError");
    expect(res.body.description).toMatch(/closed 2 hours before/);
    expect(itemOf(orderId).status).toBe("OrderItemConfirmed");
  });

  test("refused for items without a window, attended, or not in the order", async () => {
    const noWindow = await cancel(fx.ordersA[3], [itemUrl(fx.ordersA[3])]);
    expect(noWindow.status).toBe(400);
    expect(noWindow.body.description).toMatch(/does not allow/);

    const attended = await cancel(fx.ordersA[0], [itemUrl(fx.ordersA[0])]);
    expect(attended.status).toBe(400);
    expect(attended.body.description).toMatch(/already taken place/);

    const elsewhere = await cancel(fx.ordersA[2], [itemUrl(fx.orderB)]);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body["@type"]).toBe("CancellationNotPermittedError");
    expect(itemOf(fx.orderB).status).toBe("OrderItemConfirmed");
  });

  test("a refused item leaves the others in the request untouched", async () => {
    // Build a two-item order: one cancellable, one not.
    const order = addOrder(sandbox.ctx.store, A, new Date().toISOString(), [
      { session: fx.sessions[8], offerId: fx.cancellable.id },
      { session: fx.sessions[9], offerId: fx.fixed.id },
    ]);
    const ids = order.items.map((i) => `${sandbox.url}/api/v2/orders/${order.identifier}/order-items/${i.identifier}`);
    const res = await cancel(order.identifier, ids);
    expect(res.status).toBe(400);
    expect(order.items.map((i) => i.status)).toEqual(["OrderItemConfirmed", "OrderItemConfirmed"]);
  });

  test("bad bodies answer 400, unknown orders 404", async () => {
    const orderId = fx.ordersA[2];
    expect((await cancel("no-such-order", [itemUrl(orderId)])).status).toBe(404);
    expect((await cancel(orderId, [itemUrl(orderId)], "https://openactive.io/OrderItemConfirmed")).status).toBe(400);
    expect((await sandbox.apiJson(`/api/v2/orders/${orderId}`, { method: "PATCH", json: { orderedItem: [] } })).status).toBe(400);
    expect(
      (
        await sandbox.apiJson(`/api/v2/orders/${orderId}`, {
          method: "PATCH",
          body: "{not json",
          headers: { "content-type": "application/json" },
        })
      ).status,
    ).toBe(400);
    expect((await sandbox.apiJson(`/api/v2/orders/${orderId}`, { method: "PATCH", json: { orderedItem: [{ "@id": 5 }] } })).status).toBe(
      400,
    );
  });
});

/** The text a PDF viewer would show: pdfkit writes standard-font text as hex strings in TJ arrays. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  for (const match of raw.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F]+)>\s*Tj/g)) {
    const chunks = match[1] !== undefined ? [...match[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]) : [match[2]];
    out.push(chunks.map((hex) => Buffer.from(hex, "hex").toString("latin1")).join(""));
  }
  return out.join("\n");
}

describe("GET /receipts/{id}", () => {
  test("is a real PDF listing the order's lines and totals", async () => {
    const { body } = await sandbox.apiJson(`/api/v2/orders/${fx.ordersA[4]}`);
    const res = await fetch(body["imin:receipt"][0].url, { headers: { "X-API-KEY": sandbox.apiKey } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain(body.confirmationNumber);
    expect(text).toContain("Acme Fitness");
    expect(text).toContain("Riverside Leisure Trust");
    expect(text).toContain("Sunrise Yoga");
    expect(text).toContain("£6.50");
  });

  test("unknown receipts 404", async () => {
    expect((await sandbox.api("/api/v2/receipts/nope")).status).toBe(404);
  });
});

describe("POST /admin/sessions/{id}/cancel (seller cancels)", () => {
  test("items become SellerCancelled with the message and the customers' broker is told", async () => {
    webhookCalls.length = 0;
    const session = fx.sessions[6]; // booked by A and B
    const res = await sandbox.apiJson(`/admin/sessions/${session.id}/cancel`, {
      method: "POST",
      json: { message: "The instructor is unwell. You will receive a full refund." },
    });
    expect(res.status).toBe(200);
    expect(res.body.notifiedCustomers.sort()).toEqual([A, B]);

    const { body } = await items(A);
    const cancelled = body["imin:item"].find((i: any) => i.orderedItem.identifier === session.identifier);
    expect(cancelled.orderItemStatus).toBe("https://openactive.io/SellerCancelled");
    expect(cancelled.cancellationMessage).toBe("The instructor is unwell. You will receive a full refund.");
    expect(cancelled["imin:isPresentlyCancellable"]).toBe(false);
    expect(cancelled.orderedItem.eventStatus).toBe("https://schema.org/EventCancelled");

    await sandbox.ctx.webhooks.idle();
    const bodies = webhookCalls.map((c) => JSON.parse(c.body));
    expect(bodies.map((b) => b.identifier).sort()).toEqual([A, B]);
    expect(webhookCalls[0].headers["x-api-key"]).toBe("orders-webhook-key");

    const refused = await cancel(fx.ordersA[6], [itemUrl(fx.ordersA[6])]);
    expect(refused.status).toBe(400);
    expect(refused.body.description).toMatch(/cancelled by the organiser/);
  });

  test("unknown sessions 404; bad bodies 400", async () => {
    expect((await sandbox.apiJson("/admin/sessions/nope/cancel", { method: "POST", json: { message: "x" } })).status).toBe(404);
    expect((await sandbox.apiJson(`/admin/sessions/${fx.sessions[7].id}/cancel`, { method: "POST", json: { message: 12 } })).status).toBe(
      400,
    );
  });
});

// Last on purpose: the validator is CPU-heavy and HTTP keep-alive sockets can go stale while it runs,
// so every payload is fetched first and no request follows.
describe("OpenActive validation", () => {
  test("Orders and OrderItems pass the OpenActive validator (OrderStatus mode)", async () => {
    const { body: collection } = await items(A);
    const orderBodies: any[] = [];
    for (const id of [fx.ordersA[0], fx.ordersA[4], fx.ordersA[5]]) orderBodies.push((await sandbox.apiJson(`/api/v2/orders/${id}`)).body);

    for (const item of collection["imin:item"].slice(0, 6)) {
      // OrderStatus mode checks the root is an Order; here the root is one OrderItem of the collection.
      const problems = await openActiveProblems(
        { "@context": collection["@context"], ...item },
        { validationMode: "OrderStatus", ignorePaths: [/^\$\["@type"\]$/] },
      );
      expect(problems).toEqual([]);
    }
    for (const body of orderBodies) {
      // The sandbox's order identifiers are short ids; imin's are UUIDs (OpenActive asks for UUIDs).
      const problems = await openActiveProblems(body, { validationMode: "OrderStatus", ignorePaths: [/^\$\.identifier$/] });
      expect(problems).toEqual([]);
    }
  });
});
