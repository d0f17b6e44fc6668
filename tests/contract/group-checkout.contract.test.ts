import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkoutSessionResponse, order as orderSchema, parseImin } from "@/lib/imin/schemas";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";

/**
 * Group bookings through Authenticated Checkout (docs/imin/reference/group-booking.md): one OrderItem
 * per attendee, every item the same opportunity and offer, every attendee an existing Customer
 * Account. Everything here is made over the sandbox's HTTP API (accounts, sessions, the clock), so the
 * test holds on any date.
 */

const NOW = "2026-06-10T09:00:00.000Z";
let sb: TestSandbox;
let parent: string;
let child: string;
let sessionIdentifier: string;
let sessionId: string;
let adultOffer: string;
let juniorOffer: string;

async function createAccount(givenName: string, birthDate: string): Promise<string> {
  const res = await sb.apiJson("/api/v2/customer-accounts", {
    method: "POST",
    json: {
      "@context": "https://openactive.io/",
      "@type": "CustomerAccount",
      customer: {
        "@type": "Person",
        email: `${givenName.toLowerCase()}@family.example`,
        givenName,
        familyName: "Okafor",
        birthDate,
        "imin:is13OrOver": birthDate < "2013-06-10",
      },
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.identifier ?? res.body.customer?.identifier;
}

async function createSession(opts: { remaining?: number; startDate?: string } = {}) {
  const res = await sb.apiJson("/admin/sessions", {
    method: "POST",
    json: {
      seller: "northern-active",
      name: `Family Swim ${Math.random().toString(36).slice(2, 7)}`,
      activity: "Swimming",
      startDate: opts.startDate ?? "2026-06-12T10:00:00.000Z",
      capacity: 10,
      remaining: opts.remaining,
      offers: [
        { name: "Adult", pricePence: 600, ageMin: 16 },
        { name: "Junior", pricePence: 300, ageMax: 15 },
      ],
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { session: { id: string; identifier: string }; series: { offers: { id: string; name: string }[] } };
}

const accountUrl = (id: string) => `${sb.ctx.urls.booking}/customer-accounts/${id}`;

function groupBody(items: { attendee?: string; offer?: string; session?: string }[], customer = parent) {
  return {
    "@context": ["https://openactive.io/", "https://imin.co/"],
    "@type": "imin:CheckoutSession",
    "imin:initialOrder": {
      "@type": "OrderQuote",
      customer: accountUrl(customer),
      broker: { "@type": "Organization", name: "Acme Fitness", url: "https://acme.example" },
      orderedItem: items.map((i) => ({
        "@type": "OrderItem",
        orderedItem: { "@type": "ScheduledSession", identifier: i.session ?? sessionIdentifier },
        acceptedOffer: i.offer ?? juniorOffer,
        ...(i.attendee ? { attendee: accountUrl(i.attendee) } : {}),
      })),
    },
    "imin:navigationLinks": [
      { "@type": "WebPage", "imin:linkType": "https://imin.co/BackToBrokerLink", url: "https://acme.example/book" },
      { "@type": "WebPage", "imin:linkType": "https://imin.co/BackToBrokerUserProfileLink", url: "https://acme.example/bookings" },
    ],
  };
}

const post = (body: unknown) => sb.apiJson("/api/checkout-sessions", { method: "POST", json: body });

beforeAll(async () => {
  sb = await startTestSandbox({ now: NOW });
  parent = await createAccount("Ada", "1985-04-02");
  child = await createAccount("Sam", "2017-08-30");
  const created = await createSession();
  sessionId = created.session.id;
  sessionIdentifier = created.session.identifier;
  adultOffer = created.series.offers.find((o) => o.name === "Adult")!.id;
  juniorOffer = created.series.offers.find((o) => o.name === "Junior")!.id;
});
afterAll(() => sb?.close());

describe("group checkout", () => {
  test("a valid group (two juniors of one family) opens one checkout and books one order with an item per attendee", async () => {
    const sibling = await createAccount("Jamie", "2015-01-20");
    const before = sb.ctx.store.sessionById(sessionId)!.remaining;
    const res = await post(groupBody([{ attendee: child }, { attendee: sibling }]));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const target = parseImin(checkoutSessionResponse, res.body).potentialAction[0]!.target;

    const page = await (await fetch(target)).text();
    expect(page).toContain("£6.00"); // two Junior places at £3.00
    // The payer sees who the places are for, not only "× 2".
    expect(page).toMatch(/Who is coming<\/dt><dd>Sam Okafor, Jamie Okafor<\/dd>/);

    const paid = await fetch(target, {
      method: "POST",
      body: new URLSearchParams({ cardNumber: "4242 4242 4242 4242" }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
      redirect: "manual",
    });
    expect(paid.status).toBe(303);

    const orders = await sb.apiJson(`/api/v2/orders?customerIdentifier=${parent}`);
    expect(orders.status).toBe(200);
    const orderId = orders.body["imin:item"][0].identifier;
    const one = await sb.apiJson(`/api/v2/orders/${orderId}`);
    const order = parseImin(orderSchema, one.body);
    expect(order.customer?.identifier).toBe(parent);
    expect(order.orderedItem.map((i) => [i.attendee?.identifier, i.attendee?.givenName, i.acceptedOffer?.name])).toEqual([
      [child, "Sam", "Junior"],
      [sibling, "Jamie", "Junior"],
    ]);
    expect(sb.ctx.store.sessionById(sessionId)!.remaining).toBe(before - 2);

    // The holder's upcoming items carry every attendee's place (members' bookings are read through the holder).
    const upcoming = await sb.apiJson(`/api/v2/order-items?customerIdentifier=${parent}`);
    const attendees = upcoming.body["imin:item"].map((i: { attendee?: { identifier?: string } }) => i.attendee?.identifier);
    expect(attendees).toEqual(expect.arrayContaining([child, sibling]));
  });

  test("mixed offers in one checkout are refused with InvalidRequestError", async () => {
    const res = await post(
      groupBody([
        { attendee: parent, offer: adultOffer },
        { attendee: child, offer: juniorOffer },
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body["@type"]).toBe("InvalidRequestError");
    expect(res.body.description).toMatch(/same orderedItem and acceptedOffer/);
  });

  test("two opportunities in one checkout are refused with InvalidRequestError", async () => {
    const other = await createSession();
    const res = await post(
      groupBody([
        { attendee: parent, offer: adultOffer },
        { attendee: child, offer: adultOffer, session: other.session.identifier },
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body["@type"]).toBe("InvalidRequestError");
  });

  test("an attendee who is not a Customer Account is refused with IncompleteCustomerDetailsError", async () => {
    const res = await post(groupBody([{ attendee: child }, { attendee: "no-such-person" }]));
    expect(res.status).toBe(400);
    expect(res.body["@type"]).toBe("IncompleteCustomerDetailsError");
    expect(res.body.description).toContain("no-such-person");
  });

  test("a group without an attendee on every item is refused with InvalidRequestError", async () => {
    const res = await post(groupBody([{ attendee: child }, {}]));
    expect(res.status).toBe(400);
    expect(res.body["@type"]).toBe("InvalidRequestError");
  });

  test("a group larger than the spaces left is refused whole with OpportunityHasInsufficientCapacityError", async () => {
    const small = await createSession({ remaining: 1 });
    const junior = small.series.offers.find((o) => o.name === "Junior")!.id;
    const before = sb.ctx.store.sessionById(small.session.id)!.remaining;
    const sibling = await createAccount("Kit", "2016-02-11");
    const res = await post(
      groupBody([
        { attendee: child, offer: junior, session: small.session.identifier },
        { attendee: sibling, offer: junior, session: small.session.identifier },
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body["@type"]).toBe("OpportunityHasInsufficientCapacityError");
    expect(res.body.description).toMatch(/Only 1 space is left; 2 were asked for/);
    expect(sb.ctx.store.sessionById(small.session.id)!.remaining).toBe(before);
  });

  test("a child on an adult-only offer is refused with OpportunityOfferPairNotBookableError naming them and their age", async () => {
    const res = await post(
      groupBody([
        { attendee: parent, offer: adultOffer },
        { attendee: child, offer: adultOffer },
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body["@type"]).toBe("OpportunityOfferPairNotBookableError");
    expect(res.body.description).toContain("Sam Okafor will be 8 on the day");
  });

  test("an adult on a junior offer is refused too (the age range has two ends)", async () => {
    const res = await post(
      groupBody([
        { attendee: parent, offer: juniorOffer },
        { attendee: child, offer: juniorOffer },
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body["@type"]).toBe("OpportunityOfferPairNotBookableError");
    expect(res.body.description).toContain("Ada Okafor");
  });

  test("age is counted on the session's UK day: a 00:30 BST session on a 16th birthday admits the adult", async () => {
    const teen = await createAccount("Lee", "2010-06-20");
    // 23:30 UTC on 19 June is 00:30 BST on 20 June, Lee's 16th birthday.
    const late = await createSession({ startDate: "2026-06-19T23:30:00.000Z" });
    const adult = late.series.offers.find((o) => o.name === "Adult")!.id;
    const res = await post(
      groupBody([
        { attendee: parent, offer: adult, session: late.session.identifier },
        { attendee: teen, offer: adult, session: late.session.identifier },
      ]),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  test("members-only offers still need the paying customer's linked account", async () => {
    const res = await sb.apiJson("/admin/sessions", {
      method: "POST",
      json: {
        seller: "northern-active",
        name: "Members Swim",
        activity: "Swimming",
        offers: [{ name: "Member", pricePence: 200, membershipRequired: true }],
      },
    });
    const members = res.body as { session: { identifier: string }; series: { offers: { id: string }[] } };
    const refused = await post(
      groupBody([
        { attendee: parent, offer: members.series.offers[0]!.id, session: members.session.identifier },
        { attendee: child, offer: members.series.offers[0]!.id, session: members.session.identifier },
      ]),
    );
    expect(refused.status).toBe(400);
    expect(refused.body["@type"]).toBe("OpportunityOfferPairNotBookableError");
  });
});
