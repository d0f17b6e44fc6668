import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";
import { expiryIn, openCheckout, pay, saveCard } from "./cards.helpers";

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb?.close());

describe("saved cards belong to one imin customer", () => {
  test("another customer's card is neither listed, offered at checkout, nor accepted as a payment", async () => {
    const card = await saveCard(sb, "demo-customer");

    const mine = await sb.apiJson("/admin/cards?customer=demo-customer");
    expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(card.id);
    const theirs = await sb.apiJson("/admin/cards?customer=other-customer");
    expect(theirs.status).toBe(200);
    expect(theirs.body.items).toEqual([]);

    const { target, sessionId } = await openCheckout(sb, "other-customer");
    const page = await (await fetch(target)).text();
    expect(page).not.toContain(card.id);
    expect(page).not.toContain("Use a new card");

    const spaces = sb.ctx.store.sessionById(sessionId)!.remaining;
    const before = sb.ctx.store.ordersOfCustomer("other-customer").length;
    const res = await pay(target, { paymentMethod: card.id });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("That saved card is not available");
    expect(sb.ctx.store.ordersOfCustomer("other-customer")).toHaveLength(before);
    expect(sb.ctx.store.sessionById(sessionId)!.remaining).toBe(spaces);
  });

  test("the Card Details app changes nothing without its own sign-in", async () => {
    const card = await saveCard(sb, "demo-customer", { expiry: expiryIn(sb, 6, 6) });
    for (const [method, path] of [
      ["POST", `/cards/${card.id}/delete`],
      ["GET", `/cards/${card.id}/delete`],
      ["POST", `/cards/${card.id}/default`],
      ["POST", "/cards/add"],
    ] as const) {
      const res = await fetch(`${sb.url}${path}`, {
        method,
        redirect: "manual",
        ...(method === "POST"
          ? {
              body: new URLSearchParams({ number: "4242424242424242", expiry: "12/40", csrf: "x" }),
              headers: { "content-type": "application/x-www-form-urlencoded" },
            }
          : {}),
      });
      expect(res.status, `${method} ${path}`).toBe(303);
      expect(res.headers.get("location")).toBe("/cards");
    }
    expect(sb.ctx.store.cards.get(card.id)).toBeDefined();
    expect(
      (await sb.apiJson("/admin/cards?customer=demo-customer")).body.items.filter((c: { isDefault: boolean }) => c.isDefault),
    ).toHaveLength(1);
  });

  test("with no OpenID Provider configured, /cards says so instead of showing anything", async () => {
    const res = await fetch(`${sb.url}/cards`, { redirect: "manual" });
    expect(res.status).toBe(503);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(await res.text()).toContain("Card Details app not set up");
  });

  test("clearing one customer's cards leaves the other's", async () => {
    const other = await saveCard(sb, "other-customer", { expiry: expiryIn(sb, 7, 7) });
    const cleared = await sb.apiJson("/admin/cards?customer=demo-customer", { method: "DELETE" });
    expect(cleared.status).toBe(200);
    expect(cleared.body.deleted).toBeGreaterThan(0);
    expect((await sb.apiJson("/admin/cards?customer=demo-customer")).body.items).toEqual([]);
    expect((await sb.apiJson("/admin/cards?customer=other-customer")).body.items.map((c: { id: string }) => c.id)).toEqual([other.id]);
  });

  test("the admin listing needs the API key and a customer", async () => {
    expect((await sb.api("/admin/cards?customer=demo-customer", { key: null })).status).toBe(401);
    expect((await sb.apiJson("/admin/cards")).status).toBe(400);
  });
});
