import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkoutSessionResponse, order as orderSchema, orderItemsCollection, parseImin, slotDetail } from "@/lib/imin/schemas";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";
import { slotByIdentifier } from "@/sandbox/facilities-api/slots";
import { clockDay, pathOf, pdfText, pickSlot, pickSlots, type AdminSlot } from "./facilities.helpers";

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb?.close());

const customerUrl = () => `${sb.ctx.urls.booking}/customer-accounts/demo-customer`;

function slotCheckout(identifier: string, offer: string, items = 1) {
  return {
    "@context": ["https://openactive.io/", "https://imin.co/"],
    type: "imin:CheckoutSession",
    "imin:initialOrder": {
      "@type": "OrderQuote",
      customer: customerUrl(),
      broker: { type: "Organization", name: "Acme Fitness", url: "https://acme.example" },
      orderedItem: Array.from({ length: items }, () => ({
        type: "OrderItem",
        orderedItem: { "@type": "Slot", identifier },
        acceptedOffer: offer,
      })),
    },
  };
}

async function open(identifier: string, offer: string) {
  const res = await sb.apiJson("/api/checkout-sessions", { method: "POST", json: slotCheckout(identifier, offer) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return parseImin(checkoutSessionResponse, res.body).potentialAction[0]!.target;
}

function pay(target: string, cardNumber?: string) {
  const form = new URLSearchParams();
  if (cardNumber) form.set("cardNumber", cardNumber);
  return fetch(target, {
    method: "POST",
    body: form,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
}

const remaining = async (slot: AdminSlot) => parseImin(slotDetail, (await sb.apiJson(pathOf(slot.id))).body).remainingUses;
const adultOffer = (slot: AdminSlot) => slot.offers.find((o) => !o.membershipRequired && o.name.startsWith("Adult"))!;

async function upcomingSlotItem(identifier: string) {
  const res = await sb.apiJson("/api/v2/order-items?customerIdentifier=demo-customer");
  const items = parseImin(orderItemsCollection, res.body)["imin:item"];
  return items.find((i) => i.orderedItem?.identifier === identifier);
}

describe("Checkout of a facility Slot", () => {
  test("paid: the hosted page takes the card, the order shows the facility and court, the space is taken", async () => {
    const slot = await pickSlot(sb, "activity=tennis&state=free&price=paid");
    const before = (await remaining(slot))!;
    const offer = adultOffer(slot);
    const target = await open(slot.identifier, offer.id);
    const page = await (await fetch(target)).text();
    expect(page).toContain("Tennis Courts");
    const paid = await pay(target, "4242 4242 4242 4242");
    expect(paid.status).toBe(303);
    expect(await remaining(slot)).toBe(before - 1);

    const item = await upcomingSlotItem(slot.identifier);
    expect(item?.orderedItem?.type).toBe("Slot");
    expect(item?.orderedItem?.facilityUse?.name).toBe("Tennis Courts");
    expect(item?.orderedItem?.location?.name).toBeTruthy();
    expect(item?.acceptedOffer?.price).toBe(offer.pricePence / 100);
    const raw = (await sb.apiJson("/api/v2/order-items?customerIdentifier=demo-customer")).body["imin:item"].find(
      (i: any) => i.orderedItem.identifier === slot.identifier,
    );
    expect(raw.orderedItem["beta:sportsActivityLocation"][0].name).toMatch(/^Court \d+$/);
  });

  test("free: no card; cancelling within the window returns the space and issues a receipt with the refund", async () => {
    // Three days ahead: every seeded cancellation window (at most a day) is still open.
    const { day } = await clockDay(sb, 3);
    const slot = await pickSlot(sb, `activity=table-tennis&state=free&price=free&date=${day}`);
    const before = (await remaining(slot))!;
    const target = await open(slot.identifier, slot.offers[0]!.id);
    expect(await (await fetch(target)).text()).not.toContain("cardNumber");
    expect((await pay(target)).status).toBe(303);
    expect(await remaining(slot)).toBe(before - 1);

    const item = (await upcomingSlotItem(slot.identifier))!;
    expect(item["imin:isPresentlyCancellable"]).toBe(true);
    const orderId = item.id!.split("/orders/")[1]!.split("/")[0]!;
    const cancel = await sb.api(`/api/v2/orders/${orderId}`, {
      method: "PATCH",
      json: {
        "@context": "https://openactive.io/",
        "@type": "Order",
        orderedItem: [{ "@type": "OrderItem", "@id": item.id, orderItemStatus: "https://openactive.io/CustomerCancelled" }],
      },
    });
    expect(cancel.status).toBe(204);
    expect(await remaining(slot)).toBe(before);
    const order = parseImin(orderSchema, (await sb.apiJson(`/api/v2/orders/${orderId}`)).body);
    expect(order.orderedItem[0]!.orderItemStatus).toContain("CustomerCancelled");
    expect(order["imin:receipt"]).toHaveLength(2);
    const pdf = await sb.api(pathOf(order["imin:receipt"][0]!.url));
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain("Table Tennis Tables");
    expect(text).toContain("Cancelled (refunded)");
  });

  test("the last court: booked once, then refused as full (OpportunityIsFullError)", async () => {
    const slot = await pickSlot(sb, "activity=badminton&state=free&price=paid");
    expect(slot.remainingUses).toBe(1);
    const offer = adultOffer(slot);
    expect((await pay(await open(slot.identifier, offer.id), "4242424242424242")).status).toBe(303);
    const again = await sb.apiJson("/api/checkout-sessions", { method: "POST", json: slotCheckout(slot.identifier, offer.id) });
    expect(again.status).toBe(400);
    expect(again.body["@type"]).toBe("OpportunityIsFullError");
  });

  test("refusals: a seeded full slot, a members-only price without membership, two items, an offer of another slot, an unbookable seller", async () => {
    const full = await pickSlot(sb, "state=full");
    let res = await sb.apiJson("/api/checkout-sessions", { method: "POST", json: slotCheckout(full.identifier, full.offers[0]!.id) });
    expect(res.body["@type"]).toBe("OpportunityIsFullError");

    // A members-only slot at a seller the demo customer has no account with (which one comes first depends on the day).
    const members = (await pickSlots(sb, "state=members-only&limit=200")).find((s) => {
      const sellerId = slotByIdentifier(sb.ctx.store, s.identifier)?.facilityUse.sellerId;
      return sellerId && !sb.ctx.store.linkedAccount("demo-customer", sellerId);
    });
    if (!members) throw new Error("no members-only slot at a seller the demo customer is not linked to");
    res = await sb.apiJson("/api/checkout-sessions", { method: "POST", json: slotCheckout(members.identifier, members.offers[0]!.id) });
    expect(res.status).toBe(400);
    expect(res.body["@type"]).toBe("OpportunityOfferPairNotBookableError");

    const free = await pickSlot(sb, "activity=squash&state=free&price=paid");
    res = await sb.apiJson("/api/checkout-sessions", { method: "POST", json: slotCheckout(free.identifier, adultOffer(free).id, 2) });
    expect(res.body["@type"]).toBe("InvalidRequestError");
    // An offer of another facility (the full slot's may be the same facility's on some days: its offers would belong).
    const foreignOffer = (await pickSlots(sb, "limit=200")).flatMap((s) => s.offers).find((o) => !free.offers.some((f) => f.id === o.id));
    if (!foreignOffer) throw new Error("no offer of another facility in the window");
    res = await sb.apiJson("/api/checkout-sessions", { method: "POST", json: slotCheckout(free.identifier, foreignOffer.id) });
    expect(res.body["@type"]).toBe("InvalidOpportunityOrOfferIdError");

    const closed = await pickSlot(sb, "state=not-bookable");
    res = await sb.apiJson("/api/checkout-sessions", { method: "POST", json: slotCheckout(closed.identifier, closed.offers[0]!.id) });
    expect(res.body["@type"]).toBe("UnavailableOpportunityError");

    const session = sb.ctx.store.sessionsByStart().find((s) => Date.parse(s.startDate) > Date.now())!;
    res = await sb.apiJson("/api/checkout-sessions", { method: "POST", json: slotCheckout(session.identifier, "x") });
    expect(res.body["@type"]).toBe("UnknownOpportunityError");
  });

  test("test-item-Slot-paid / -free: testing mode books nothing and takes no payment", async () => {
    const ordersBefore = sb.ctx.store.ordersOfCustomer("demo-customer").length;
    const paidTarget = await open("test-item-Slot-paid", "test-offer-adult-guest");
    expect(await (await fetch(paidTarget)).text()).toContain("cardNumber");
    expect((await pay(paidTarget, "4000 0000 0000 0002")).status).toBe(303); // any card succeeds
    expect(await (await fetch(paidTarget)).text()).toContain("TEST-");
    expect((await pay(await open("test-item-Slot-free", "test-offer-adult-member"))).status).toBe(303);
    expect(sb.ctx.store.ordersOfCustomer("demo-customer").length).toBe(ordersBefore);
    const wrong = await sb.apiJson("/api/checkout-sessions", { method: "POST", json: slotCheckout("test-item-Slot-free", "some-offer") });
    expect(wrong.body["@type"]).toBe("InvalidOpportunityOrOfferIdError");
  });
});
