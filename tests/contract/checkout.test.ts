import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkoutSessionResponse, order as orderSchema, orderItemsCollection, parseImin } from "@/lib/imin/schemas";
import { openActiveProblems } from "../support/openactive-validate";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";
import { FIXTURE_NOW, installFixtures, type Fixtures } from "./events.fixtures";

let sb: TestSandbox;
let fx: Fixtures;

beforeAll(async () => {
  sb = await startTestSandbox({ now: FIXTURE_NOW });
  fx = installFixtures(sb.ctx);
  // A second Customer Account for group bookings, and a child who is too young for adult tickets.
  const base = sb.ctx.store.customerById("demo-customer")!;
  sb.ctx.store.customers.set("child-account", {
    ...base,
    identifier: "child-account",
    email: "child@example.com",
    givenName: "Robin",
    birthDate: "2017-03-01",
  });
});
afterAll(() => sb?.close());

const customerUrl = (id = "demo-customer") => `${sb.ctx.urls.booking}/customer-accounts/${id}`;

function checkoutBody(opts: { session?: string; offer?: string; customer?: string; items?: { attendee?: string }[] }) {
  const session = opts.session ?? fx.sessions["yoga-tomorrow-0900"]!.identifier;
  const offer = opts.offer ?? fx.yoga.offers[0]!.id;
  return {
    "@context": ["https://openactive.io/", "https://imin.co/"],
    "@type": "imin:CheckoutSession",
    "imin:initialOrder": {
      type: "OrderQuote",
      customer: opts.customer ?? customerUrl(),
      broker: { type: "Organization", name: "Acme Fitness", url: "https://acme.example" },
      orderedItem: (opts.items ?? [{}]).map((i) => ({
        type: "OrderItem",
        acceptedOffer: offer,
        orderedItem: { type: "ScheduledSession", identifier: session },
        ...(i.attendee ? { attendee: i.attendee } : {}),
      })),
    },
    "imin:navigationLinks": [
      {
        type: "WebPage",
        name: "Back to Broker",
        "imin:linkType": "https://imin.co/BackToBrokerLink",
        url: "https://acme.example/book/x",
      },
      {
        type: "WebPage",
        name: "Back to Broker User Profile",
        "imin:linkType": "https://imin.co/BackToBrokerUserProfileLink",
        url: "https://acme.example/bookings",
      },
    ],
  };
}

async function createCheckout(body: unknown) {
  return sb.apiJson("/api/checkout-sessions", { method: "POST", json: body });
}

async function openCheckout(body: unknown) {
  const res = await createCheckout(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const parsed = parseImin(checkoutSessionResponse, res.body);
  return parsed.potentialAction[0]!.target;
}

function pay(target: string, cardNumber?: string) {
  const form = new URLSearchParams();
  if (cardNumber !== undefined) form.set("cardNumber", cardNumber);
  return fetch(target, {
    method: "POST",
    body: form,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
}

const ordersOf = (customerId: string) => sb.ctx.store.ordersOfCustomer(customerId);

describe("POST /api/checkout-sessions", () => {
  test("201 echoes the session and adds potentialAction[0].target, a hosted checkout page", async () => {
    const res = await createCheckout(checkoutBody({}));
    expect(res.status).toBe(201);
    expect(res.body["imin:initialOrder"].broker.name).toBe("Acme Fitness");
    const target = parseImin(checkoutSessionResponse, res.body).potentialAction[0]!.target;
    expect(target).toMatch(new RegExp(`^${sb.url.replace("127.0.0.1", "localhost")}/checkout/`));
    const page = await fetch(target);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Acme Fitness");
    expect(html).toContain("Fixture Flow Yoga");
    expect(html).toContain("Lerwick Fixture Centre");
    expect(html).toContain("£7.00");
    expect(html).toMatch(/09:00 BST/);
    expect(html).toContain('autocomplete="cc-number"');
  });

  test.each([
    [
      "a full session",
      () => checkoutBody({ session: fx.sessions["full-day1"]!.identifier, offer: fx.fullClass.offers[0]!.id }),
      "OpportunityIsFullError",
    ],
    ["a session that has started", () => checkoutBody({ session: fx.sessions["yoga-started"]!.identifier }), "UnavailableOpportunityError"],
    ["an unknown session", () => checkoutBody({ session: "https://nowhere.example/sessions/1" }), "UnknownOpportunityError"],
    ["an offer of another session", () => checkoutBody({ offer: fx.fullClass.offers[0]!.id }), "InvalidOpportunityOrOfferIdError"],
    ["an unknown customer", () => checkoutBody({ customer: customerUrl("ghost") }), "IncompleteCustomerDetailsError"],
    [
      "a junior-only offer for an adult",
      () => checkoutBody({ session: fx.sessions["football-day3"]!.identifier, offer: fx.juniorFootball.offers[0]!.id }),
      "OpportunityOfferPairNotBookableError",
    ],
    [
      "a members-only offer for a non-member",
      () => checkoutBody({ session: fx.sessions["spin-day5"]!.identifier, offer: fx.membersSpin.offers[1]!.id }),
      "OpportunityOfferPairNotBookableError",
    ],
    [
      "an entitlement price the customer does not hold",
      () => checkoutBody({ session: fx.sessions["spin-day5"]!.identifier, offer: `${fx.membersSpin.offers[0]!.id}/entitlement-price` }),
      "OpportunityOfferPairNotBookableError",
    ],
    [
      "a group with mixed offers",
      () => {
        const b = checkoutBody({ items: [{ attendee: customerUrl() }, { attendee: customerUrl("other-customer") }] });
        b["imin:initialOrder"].orderedItem[1]!.acceptedOffer = fx.yoga.offers[1]!.id;
        return b;
      },
      "InvalidRequestError",
    ],
    ["a group without attendees", () => checkoutBody({ items: [{}, {}] }), "InvalidRequestError"],
    [
      "a group bigger than the spaces left",
      () =>
        checkoutBody({
          session: fx.sessions["spin-day5"]!.identifier,
          offer: fx.membersSpin.offers[0]!.id,
          items: [{ attendee: customerUrl() }, { attendee: customerUrl("other-customer") }],
        }),
      "OpportunityHasInsufficientCapacityError",
    ],
  ])("refuses %s with 400 and an OpenActive error", async (_label, body, type) => {
    const res = await createCheckout(body());
    expect(res.status).toBe(400);
    expect(res.body["@type"]).toBe(type);
    expect(res.body.description.length).toBeGreaterThan(10);
  });

  test("refuses malformed bodies naming the problem", async () => {
    let res = await createCheckout({ type: "imin:CheckoutSession" });
    expect(res.status).toBe(400);
    expect(res.body.description).toContain("imin:initialOrder");
    const body = checkoutBody({});
    body["imin:navigationLinks"][0]!.url = "javascript:alert(1)";
    res = await createCheckout(body);
    expect(res.status).toBe(400);
    expect(res.body.description).toContain("url");
    const raw = await sb.api("/api/checkout-sessions", {
      method: "POST",
      body: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(raw.status).toBe(400);
  });

  test("needs the API key", async () => {
    const res = await sb.api("/api/checkout-sessions", { method: "POST", json: checkoutBody({}), key: null });
    expect(res.status).toBe(401);
  });
});

describe("hosted checkout page", () => {
  test("the success card books: one order with a confirmation number, a receipt, the total; a space is taken", async () => {
    const session = fx.sessions["yoga-day2-1830"]!;
    const before = session.remaining;
    const ordersBefore = ordersOf("demo-customer").length;
    const target = await openCheckout(checkoutBody({ session: session.identifier }));
    const res = await pay(target, "4242 4242 4242 4242");
    expect(res.status).toBe(303);
    const confirmation = await (await fetch(new URL(res.headers.get("location")!, target))).text();
    expect(confirmation).toContain("Booking confirmed");
    expect(confirmation).toContain('href="https://acme.example/bookings"');
    expect(confirmation).toContain('href="https://acme.example/book/x"');
    const orders = ordersOf("demo-customer");
    expect(orders).toHaveLength(ordersBefore + 1);
    const order = orders[0]!;
    expect(confirmation).toContain(order.confirmationNumber);
    expect(order.totalPence).toBe(700);
    expect(order.receipts).toHaveLength(1);
    expect(order.items[0]).toMatchObject({ status: "OrderItemConfirmed", sessionId: session.id, pricePence: 700 });
    expect(sb.ctx.store.sessionById(session.id)!.remaining).toBe(before - 1);
    // The Events API shows the space taken at once.
    const byId = await sb.apiJson(`/events-api/v2/scheduled-sessions/${session.id}`);
    expect(byId.body.remainingAttendeeCapacity).toBe(before - 1);

    // Submitting again (a double click, a refresh) makes no second order and takes no second space.
    const again = await pay(target, "4242424242424242");
    expect(again.status).toBe(303);
    expect(ordersOf("demo-customer")).toHaveLength(ordersBefore + 1);
    expect(sb.ctx.store.sessionById(session.id)!.remaining).toBe(before - 1);
  });

  test("two submits at the same moment still make one order", async () => {
    const ordersBefore = ordersOf("demo-customer").length;
    const target = await openCheckout(checkoutBody({}));
    const results = await Promise.all([pay(target, "4242424242424242"), pay(target, "4242424242424242")]);
    expect(results.map((r) => r.status)).toEqual([303, 303]);
    expect(ordersOf("demo-customer")).toHaveLength(ordersBefore + 1);
  });

  test("the decline card shows an alert and books nothing; unknown cards are named as such", async () => {
    const ordersBefore = ordersOf("demo-customer").length;
    const target = await openCheckout(checkoutBody({}));
    const declined = await pay(target, "4000 0000 0000 0002");
    expect(declined.status).toBe(402);
    const html = await declined.text();
    expect(html).toMatch(/role="alert"[^>]*>Your card was declined/);
    const unknown = await pay(target, "1234 5678 9012 3456");
    expect(await unknown.text()).toContain("not recognised in the sandbox");
    expect(ordersOf("demo-customer")).toHaveLength(ordersBefore);
  });

  test("a free session skips the card", async () => {
    const target = await openCheckout(checkoutBody({ session: fx.sessions["walk-day4"]!.identifier, offer: fx.freeWalk.offers[0]!.id }));
    const html = await (await fetch(target)).text();
    expect(html).not.toContain("cardNumber");
    expect(html).toContain("Confirm booking");
    const res = await pay(target);
    expect(res.status).toBe(303);
    expect(ordersOf("demo-customer")[0]!.totalPence).toBe(0);
  });

  test("a group booking makes one order with an item per attendee", async () => {
    const target = await openCheckout(checkoutBody({ items: [{ attendee: customerUrl() }, { attendee: customerUrl("other-customer") }] }));
    expect(await (await fetch(target)).text()).toContain("£14.00");
    await pay(target, "4242424242424242");
    const order = ordersOf("demo-customer")[0]!;
    expect(order.items.map((i) => i.attendee?.identifier)).toEqual(["demo-customer", "other-customer"]);
    expect(order.totalPence).toBe(1400);
  });

  test("an entitlement price is charged when the customer holds an entitlement at the organiser", async () => {
    sb.ctx.store.putLinkedAccount({
      customerId: "other-customer",
      sellerId: fx.sellerId,
      dateLinked: FIXTURE_NOW,
      email: "other@example.com",
      emailModified: FIXTURE_NOW,
      hiddenEntitlements: false,
      entitlement: { label: "Resident", id: "https://example.com/ent#resident", expires: "2027-01-01T00:00:00Z" },
      entitlementUpdateErrors: [],
      evidenceRequests: [],
    });
    const target = await openCheckout(
      checkoutBody({
        customer: customerUrl("other-customer"),
        session: fx.sessions["spin-day5"]!.identifier,
        offer: `${fx.membersSpin.offers[0]!.id}/entitlement-price`,
      }),
    );
    const html = await (await fetch(target)).text();
    expect(html).toContain("£6.00");
    await pay(target, "4242424242424242");
    expect(ordersOf("other-customer")[0]!.totalPence).toBe(600);
  });

  test("unknown checkout pages answer 404", async () => {
    expect((await fetch(`${sb.url}/checkout/nope`)).status).toBe(404);
  });

  // Last: the OpenActive validator runs after every other request of the file.
  test("the Booking Platform shows the paid order and its upcoming item, valid OpenActive", async () => {
    const target = await openCheckout(checkoutBody({ session: fx.sessions["yoga-day2-1830"]!.identifier }));
    await pay(target, "4242424242424242");
    const created = ordersOf("demo-customer")[0]!;
    const res = await sb.apiJson(`/api/v2/orders/${created.identifier}`);
    expect(res.status).toBe(200);
    const order = parseImin(orderSchema, res.body);
    expect(order.confirmationNumber).toBe(created.confirmationNumber);
    expect(order.totalPaymentDue?.price).toBe(7);
    expect(order["imin:receipt"]).toHaveLength(1);
    expect(order.orderedItem[0]?.orderItemStatus).toMatch(/OrderItemConfirmed$/);
    const items = await sb.apiJson(`/api/v2/order-items?customerIdentifier=demo-customer`);
    const upcoming = parseImin(orderItemsCollection, items.body)["imin:item"];
    expect(upcoming.some((i) => i.orderedItem?.identifier === fx.sessions["yoga-day2-1830"]!.identifier)).toBe(true);
    const problems = await openActiveProblems(res.body, { validationMode: "OrderStatus", ignorePaths: [/^\$\.identifier$/] });
    expect(problems).toEqual([]);
  });
});
