import { expect } from "@playwright/test";
import type { SandboxAdmin } from "../fixtures";

export interface OfferSpec {
  name: string;
  pricePence: number;
  ageMin?: number;
  ageMax?: number;
  membershipRequired?: boolean;
  cancellationWindowMinutes?: number;
  entitlementPricePence?: number;
}

export interface SessionSpec {
  seller?: string;
  name?: string;
  activity?: string;
  /** Default: two days after the sandbox clock's current hour. */
  startDate?: string;
  capacity?: number;
  remaining?: number;
  offers: OfferSpec[];
}

/**
 * A session made for one test through the sandbox's admin API (`POST /admin/sessions`), so a spec
 * states the data it needs instead of depending on what the seed of the day holds.
 */
export async function createSession(admin: SandboxAdmin, spec: SessionSpec): Promise<{ id: string; name: string }> {
  const name = spec.name ?? `E2E Session ${Date.now().toString(36)}`;
  const res = await admin.post("/admin/sessions", { seller: "northern-active", ...spec, name });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.session.id, name };
}

export const adultOffer: OfferSpec = { name: "Adult", pricePence: 650, ageMin: 16, cancellationWindowMinutes: 60 };
const juniorOffer: OfferSpec = { name: "Junior", pricePence: 300, ageMax: 15, cancellationWindowMinutes: 60 };

/** A family swim made for one test (Adult from 16, Junior to 15): its ids, name, start (to count ages from) and offers. */
export async function createFamilySwim(
  admin: SandboxAdmin,
  capacity: number,
): Promise<{ id: string; identifier: string; name: string; startDate: string; offers: { id: string; name: string }[] }> {
  const name = `Family Swim ${Date.now().toString(36)}`;
  const res = await admin.post("/admin/sessions", {
    seller: "northern-active",
    name,
    activity: "Swimming",
    capacity,
    offers: [adultOffer, juniorOffer],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const { session, series } = res.body;
  return { id: session.id, identifier: session.identifier, name, startDate: session.startDate, offers: series.offers };
}
