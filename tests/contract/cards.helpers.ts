import { expect } from "vitest";
import type { TestSandbox } from "../support/sandbox";
import { checkoutSessionRequest } from "../support/checkout-request";

/** An expiry `years` after the sandbox clock's year, as the Card Details form takes it (MM/YY). */
export function expiryIn(sb: TestSandbox, years: number, month = 12): string {
  const year = sb.ctx.clock.now().getUTCFullYear() + years;
  return `${String(month).padStart(2, "0")}/${String(year % 100).padStart(2, "0")}`;
}

export async function saveCard(sb: TestSandbox, customer: string, opts: { expiry?: string; default?: boolean } = {}) {
  const res = await sb.apiJson("/admin/cards", {
    method: "POST",
    json: { customer, number: "4242 4242 4242 4242", expiry: opts.expiry ?? expiryIn(sb, 3), default: opts.default },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; last4: string; brand: string; isDefault: boolean; expMonth: number; expYear: number };
}

/** A paid session made through the admin API, and a hosted checkout for `customer` on it. */
export async function openCheckout(sb: TestSandbox, customer: string, opts: { startDate?: string } = {}) {
  const created = await sb.apiJson("/admin/sessions", {
    method: "POST",
    json: {
      seller: "peak-community-sport",
      name: `Cards Contract ${Math.random().toString(36).slice(2, 8)}`,
      offers: [{ name: "Adult", pricePence: 750 }],
      ...(opts.startDate ? { startDate: opts.startDate } : {}),
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const res = await sb.apiJson("/api/checkout-sessions", {
    method: "POST",
    json: checkoutSessionRequest({
      customer: `${sb.ctx.urls.booking}/customer-accounts/${customer}`,
      broker: { name: "Acme Fitness", url: "https://acme.example" },
      orderedItem: [
        {
          type: "OrderItem",
          acceptedOffer: created.body.series.offers[0].id,
          orderedItem: { type: "ScheduledSession", identifier: created.body.session.identifier },
        },
      ],
      links: [{ name: "Back to Broker User Profile", linkType: "BackToBrokerUserProfileLink", url: "https://acme.example/bookings" }],
    }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { target: res.body.potentialAction[0].target as string, sessionId: created.body.session.id as string };
}

export function pay(target: string, fields: Record<string, string>) {
  return fetch(target, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
}
