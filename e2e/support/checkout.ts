import { expect } from "@playwright/test";

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
