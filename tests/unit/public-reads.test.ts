import { afterAll, describe, expect, test } from "vitest";
import { guestCheckoutUrl } from "@/lib/book/guest-checkout";
import { sharedRead } from "@/lib/book/public-reads";
import { setTestEnv } from "../support/env";

describe("sharedRead (lib/book/public-reads.ts)", () => {
  test("views at the same time and within 30 s share one read; later ones read again", async () => {
    let calls = 0;
    const read = async () => ++calls;
    const key = `k-${Math.random()}`;
    const answers = await Promise.all([sharedRead(key, read, 0), sharedRead(key, read, 10), sharedRead(key, read, 29_999)]);
    expect(answers).toEqual([1, 1, 1]);
    expect(await sharedRead(key, read, 30_000)).toBe(2);
    expect(await sharedRead(`${key}-other`, read, 30_000)).toBe(3);
  });

  test("a failed read is not kept: the next view tries again", async () => {
    let calls = 0;
    const key = `f-${Math.random()}`;
    await expect(
      sharedRead(
        key,
        async () => {
          calls++;
          throw new Error("imin down");
        },
        0,
      ),
    ).rejects.toThrow("imin down");
    expect(await sharedRead(key, async () => ++calls, 1)).toBe(2);
  });

  test("bounded: past 500 reads the oldest is read again", async () => {
    let calls = 0;
    const read = async () => ++calls;
    const prefix = `b-${Math.random()}`;
    for (let i = 0; i < 501; i++) await sharedRead(`${prefix}-${i}`, read, 0);
    expect(calls).toBe(501);
    await sharedRead(`${prefix}-500`, read, 0);
    expect(calls).toBe(501);
    await sharedRead(`${prefix}-0`, read, 0);
    expect(calls).toBe(502);
  });
});

describe("guestCheckoutUrl (lib/book/guest-checkout.ts)", () => {
  afterAll(() => setTestEnv({ GUEST_CHECKOUT: "false" }));
  const template = "{checkoutBaseUrl}/checkout/v1/scheduled-sessions/urn%3Ax%3A1";

  test("off by default: no guest link", () => {
    setTestEnv({ GUEST_CHECKOUT: "", IMIN_CHECKOUT_URL: "https://checkout.broker.example", PORTAL_URL: "https://portal.example" });
    expect(guestCheckoutUrl(template, "s1")).toBeUndefined();
  });

  test("on: imin's template on the broker's checkout, with the portal's return page", () => {
    setTestEnv({ GUEST_CHECKOUT: "true", IMIN_CHECKOUT_URL: "https://checkout.broker.example/", PORTAL_URL: "https://portal.example" });
    const url = new URL(guestCheckoutUrl(template, "a/b c")!);
    expect(url.origin).toBe("https://checkout.broker.example");
    expect(url.pathname).toBe("/checkout/v1/scheduled-sessions/urn%3Ax%3A1");
    expect(url.searchParams.get("returnUrl")).toBe("https://portal.example/guest-booking?session=a%2Fb%20c");
    // A template that would lead anywhere but the broker's checkout, or none, gives no link.
    expect(guestCheckoutUrl("https://evil.example/pay", "s1")).toBeUndefined();
    expect(guestCheckoutUrl("{checkoutBaseUrl}@evil.example/x", "s1")).toBeUndefined();
    expect(guestCheckoutUrl(undefined, "s1")).toBeUndefined();
  });
});
