import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";
import { expiryIn, openCheckout, pay, saveCard } from "./cards.helpers";

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb?.close());

const ordersOf = (customer: string) => sb.ctx.store.ordersOfCustomer(customer);
const remaining = (sessionId: string) => sb.ctx.store.sessionById(sessionId)!.remaining;

describe("hosted checkout with saved cards", () => {
  test("a customer with no saved cards sees the card field as before: no choice of cards", async () => {
    const { target } = await openCheckout(sb, "other-customer");
    const html = await (await fetch(target)).text();
    expect(html).not.toContain("Pay with");
    expect(html).not.toContain("Use a new card");
    expect(html).toMatch(/<label for="card-number">Card number<\/label>/);
    expect(html).toMatch(/autocomplete="cc-number" required/);
  });

  test("saved cards are offered default first and checked; paying with one needs no card number", async () => {
    const customer = "demo-customer";
    const older = await saveCard(sb, customer, { expiry: expiryIn(sb, 2, 3) });
    const newer = await saveCard(sb, customer, { expiry: expiryIn(sb, 4, 11), default: true });
    const { target, sessionId } = await openCheckout(sb, customer);
    const html = await (await fetch(target)).text();
    expect(html).toContain("<legend>Pay with</legend>");
    const first = html.indexOf(`value="${newer.id}"`);
    const second = html.indexOf(`value="${older.id}"`);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(html).toContain(`value="${newer.id}" checked`);
    expect(html).toContain(`expires ${expiryIn(sb, 4, 11)} <span class="pill">Default</span>`);
    expect(html).toContain('value="new"> <span>Use a new card</span>');
    expect(html).not.toMatch(/autocomplete="cc-number" required/);

    const before = ordersOf(customer).length;
    const spaces = remaining(sessionId);
    const res = await pay(target, { paymentMethod: older.id, cardNumber: "" });
    expect(res.status).toBe(303);
    expect(ordersOf(customer)).toHaveLength(before + 1);
    expect(ordersOf(customer)[0]!.paymentCard).toEqual({ brand: "Visa", last4: "4242" });
    expect(remaining(sessionId)).toBe(spaces - 1);
    const confirmation = await (await fetch(target)).text();
    expect(confirmation).toContain("Booking confirmed");
    expect(confirmation).toContain("Paid with</dt><dd>Visa ending 4242");
    expect(confirmation).toContain("£7.50");
  });

  test("“Use a new card” still needs the number, and the test cards behave as before", async () => {
    const customer = "demo-customer";
    await saveCard(sb, customer, { expiry: expiryIn(sb, 5, 1) });
    const { target } = await openCheckout(sb, customer);
    const before = ordersOf(customer).length;

    const empty = await pay(target, { paymentMethod: "new", cardNumber: "" });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Enter a card number to pay.");
    const declined = await pay(target, { paymentMethod: "new", cardNumber: "4000 0000 0000 0002" });
    expect(declined.status).toBe(402);
    const page = await declined.text();
    expect(page).toContain("Your card was declined");
    expect(page).toContain('value="new" checked');
    expect(ordersOf(customer)).toHaveLength(before);

    const saved = sb.ctx.store.cards.values().next().value!;
    const both = await pay(target, { paymentMethod: saved.id, cardNumber: "4242 4242 4242 4242" });
    expect(both.status).toBe(400);
    expect(await both.text()).toContain("You chose a saved card and also typed a card number");
    expect(ordersOf(customer)).toHaveLength(before);

    const paid = await pay(target, { paymentMethod: "new", cardNumber: "4242 4242 4242 4242" });
    expect(paid.status).toBe(303);
    expect(ordersOf(customer)).toHaveLength(before + 1);
    expect(ordersOf(customer)[0]!.paymentCard).toBeUndefined();
  });

  test("a saved card that has expired since it was saved is refused and nothing is booked", async () => {
    const customer = "demo-customer";
    const card = await saveCard(sb, customer, { expiry: expiryIn(sb, 1, 12) });
    // A session after the card's expiry month, and the clock moved past that month before paying.
    const { target, sessionId } = await openCheckout(sb, customer, { startDate: `${card.expYear + 1}-02-01T10:00:00Z` });
    const before = ordersOf(customer).length;
    const spaces = remaining(sessionId);
    const moved = await sb.apiJson("/admin/clock", { method: "POST", json: { set: `${card.expYear + 1}-01-15T12:00:00Z` } });
    expect(moved.status).toBe(200);
    try {
      const res = await pay(target, { paymentMethod: card.id });
      expect(res.status).toBe(402);
      expect(await res.text()).toContain("Visa ending 4242 has expired");
      expect(ordersOf(customer)).toHaveLength(before);
      expect(remaining(sessionId)).toBe(spaces);
    } finally {
      await sb.apiJson("/admin/clock", { method: "POST", json: { reset: true } });
    }
  });

  test("the admin API refuses what the Card Details app refuses, and keeps no card number", async () => {
    const customer = "demo-customer";
    const before = (await sb.apiJson(`/admin/cards?customer=${customer}`)).body.items.length;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ number: "4000 0000 0000 0002", expiry: expiryIn(sb, 2) }, /declined/],
      [{ number: "4242 4242 4242 4241", expiry: expiryIn(sb, 2) }, /not valid/],
      [{ number: "4242 4242 4242 4242", expiry: expiryIn(sb, -1) }, /expired/],
      [{ number: "4242 4242 4242 4242", expiry: "13/30" }, /MM\/YY/],
    ];
    for (const [fields, message] of cases) {
      const res = await sb.apiJson("/admin/cards", { method: "POST", json: { customer, ...fields } });
      expect(res.status, JSON.stringify(fields)).toBe(400);
      expect(res.body.description).toMatch(message);
    }
    const after = await sb.apiJson(`/admin/cards?customer=${customer}`);
    expect(after.body.items).toHaveLength(before);
    expect(JSON.stringify(after.body)).not.toContain("4242424242424242");
    expect(JSON.stringify([...sb.ctx.store.cards.values()])).not.toMatch(/4242\s?4242\s?4242\s?4242/);
  });
});
