import { expect, type Page } from "@playwright/test";

/** On the sandbox's hosted checkout page: pay with the test card and wait for "Booking confirmed". */
export async function payOnCheckout(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Check out" })).toBeVisible();
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Booking confirmed" })).toBeVisible();
}

/** A checkout session made through the Booking Platform API (201), paid as its hosted page would be (303 back). */
export async function payCheckoutSession(checkout: { status: number; body: any }) {
  expect(checkout.status, JSON.stringify(checkout.body)).toBe(201);
  const paid = await fetch(checkout.body.potentialAction[0].target, {
    method: "POST",
    body: new URLSearchParams({}),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  expect(paid.status).toBe(303);
}
