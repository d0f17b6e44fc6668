import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";
import { FIXTURE_NOW, installFixtures, type Fixtures } from "./events.fixtures";

let sb: TestSandbox;
let fx: Fixtures;

beforeAll(async () => {
  sb = await startTestSandbox({ now: FIXTURE_NOW });
  fx = installFixtures(sb.ctx);
});
afterAll(() => sb?.close());

const RETURN = "http://portal.example/guest-booking?session=abc";

/** The guest checkout URL the Events API's template gives for a fixture session, as a broker fills it in. */
async function guestUrl(key: string): Promise<string> {
  const session = fx.sessions[key]!;
  const res = await sb.api(`/events-api/v2/scheduled-sessions/${encodeURIComponent(session.id)}`);
  const body = (await res.json()) as { "imin:checkoutUrlTemplate"?: string };
  const url = new URL(body["imin:checkoutUrlTemplate"]!.replace("{checkoutBaseUrl}", sb.url));
  url.searchParams.set("returnUrl", RETURN);
  return url.toString();
}

function form(fields: Record<string, string>) {
  return { method: "POST", body: new URLSearchParams(fields), redirect: "manual" as const };
}

describe("guest checkout (imin:checkoutUrlTemplate)", () => {
  test("a guest books a session with name, email and a test card, and is sent back to the broker with the order number and email", async () => {
    const url = await guestUrl("yoga-tomorrow-0900");
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Book as a guest");
    expect(html).toContain("Fixture Flow Yoga");
    const before = fx.sessions["yoga-tomorrow-0900"]!.remaining;
    const offerId = fx.yoga.offers[0]!.id;

    const declined = await fetch(
      url,
      form({ offerId, givenName: "Sam", familyName: "Guest", email: "sam@example.com", cardNumber: "4000 0000 0000 0002" }),
    );
    expect(declined.status).toBe(402);
    expect(fx.sessions["yoga-tomorrow-0900"]!.remaining).toBe(before);
    const noEmail = await fetch(
      url,
      form({ offerId, givenName: "Sam", familyName: "Guest", email: "nope", cardNumber: "4242424242424242" }),
    );
    expect(noEmail.status).toBe(400);

    const paid = await fetch(
      url,
      form({ offerId, givenName: "Sam", familyName: "Guest", email: "sam@example.com", cardNumber: "4242 4242 4242 4242" }),
    );
    expect(paid.status).toBe(303);
    expect(fx.sessions["yoga-tomorrow-0900"]!.remaining).toBe(before - 1);
    const confirmation = await fetch(new URL(paid.headers.get("location")!, sb.url));
    const text = await confirmation.text();
    expect(text).toContain("Booking confirmed");
    const back = /href="([^"]*portal\.example[^"]*)"/.exec(text)![1]!.replaceAll("&#38;", "&");
    const backUrl = new URL(back);
    expect(backUrl.pathname).toBe("/guest-booking");
    expect(backUrl.searchParams.get("session")).toBe("abc");
    expect(backUrl.searchParams.get("email")).toBe("sam@example.com");
    expect(backUrl.searchParams.get("orderNumber")).toMatch(/^SBX-/);
    const order = [...sb.ctx.store.orders.values()].find((o) => o.confirmationNumber === backUrl.searchParams.get("orderNumber"))!;
    expect(order.items[0]!.attendee).toMatchObject({ givenName: "Sam", email: "sam@example.com" });
    // No Customer Account holds a guest's order.
    expect(sb.ctx.store.customerById(order.customerId)).toBeUndefined();
  });

  test("members-only tickets are not offered, a returnUrl that is not http(s) is dropped, and an unbookable session is refused", async () => {
    const members = fx.sessions[Object.keys(fx.sessions).find((k) => fx.sessions[k]!.seriesId === fx.membersSpin.id)!]!;
    const page = await fetch(`${sb.url}/checkout/v1/scheduled-sessions/${encodeURIComponent(members.identifier)}`);
    const html = await page.text();
    for (const offer of fx.membersSpin.offers.filter((o) => o.membershipRequired)) expect(html).not.toContain(`value="${offer.id}"`);

    const started = await fetch(`${sb.url}/checkout/v1/scheduled-sessions/${encodeURIComponent(fx.sessions["yoga-started"]!.identifier)}`);
    expect(started.status).toBe(409);
    const unknown = await fetch(`${sb.url}/checkout/v1/scheduled-sessions/no-such-session`);
    expect(unknown.status).toBe(404);

    const url = new URL(`${sb.url}/checkout/v1/scheduled-sessions/${encodeURIComponent(fx.sessions["yoga-day2-1830"]!.identifier)}`);
    url.searchParams.set("returnUrl", "javascript:alert(1)");
    const paid = await fetch(
      url,
      form({
        offerId: fx.yoga.offers[0]!.id,
        givenName: "Ann",
        familyName: "Guest",
        email: "ann@example.com",
        cardNumber: "4242424242424242",
      }),
    );
    expect(paid.status).toBe(303);
    const text = await (await fetch(new URL(paid.headers.get("location")!, sb.url))).text();
    expect(text).toContain("Booking confirmed");
    expect(text).not.toContain("javascript:");
    expect(text).not.toContain("Back to the broker");
  });
});
