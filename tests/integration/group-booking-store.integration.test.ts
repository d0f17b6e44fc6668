import { beforeAll, describe, expect, test } from "vitest";
import { createPendingUser } from "@/lib/accounts/create-store";
import type { PlanStep } from "@/lib/group-booking/plan";
import {
  abandonGroupBooking,
  claimStep,
  getGroupBooking,
  markStepBooked,
  openGroupBookingFor,
  releaseStep,
  saveGroupBooking,
  saveStepCheckout,
  waitForStepCheckout,
} from "@/lib/group-booking/store";
import { backends, withTestDatabase } from "../support/database";

const steps: PlanStep[] = [
  {
    offerId: "offer-adult",
    offerName: "Adult",
    entitlement: false,
    price: 6.5,
    currency: "GBP",
    attendees: [{ key: "me", iminCustomerId: "cust-ada", givenName: "Ada", isHolder: true }],
  },
  {
    offerId: "offer-junior",
    offerName: "Junior",
    entitlement: false,
    price: 3,
    currency: "GBP",
    attendees: [
      { key: "m-sam", iminCustomerId: "cust-sam", givenName: "Sam", isHolder: false },
      { key: "m-jamie", iminCustomerId: "cust-jamie", givenName: "Jamie", isHolder: false },
    ],
  },
];

describe.each(backends)("group bookings on $name", ({ name }) => {
  withTestDatabase(name);
  let userId: string;
  let other: string;
  beforeAll(async () => {
    userId = (await createPendingUser({ email: `ada.${name}@example.com`, passwordHash: "h", givenName: "Ada", customerPayload: {} }))!.id;
    other = (await createPendingUser({ email: `eve.${name}@example.com`, passwordHash: "h", givenName: "Eve", customerPayload: {} }))!.id;
  });

  const input = (formNonce: string) => ({
    userId,
    formNonce,
    sessionId: "42",
    opportunityIdentifier: "https://opendata.example/sessions/42",
    opportunityType: "ScheduledSession",
    sessionName: "Family Swim",
    startDate: "2026-06-12T10:00:00Z",
    steps,
  });

  test("a double submit of one form stores one plan; it is the user's only", async () => {
    const [a, b] = await Promise.all([saveGroupBooking(input("nonce-double-1234")), saveGroupBooking(input("nonce-double-1234"))]);
    expect(a.id).toBe(b.id);
    expect(a.steps.map((s) => [s.position, s.offerName, s.attendees.map((x) => x.givenName)])).toEqual([
      [0, "Adult", ["Ada"]],
      [1, "Junior", ["Sam", "Jamie"]],
    ]);
    expect(await getGroupBooking(other, a.id)).toBeUndefined();
    expect(await getGroupBooking(userId, "not-a-uuid")).toBeUndefined();
    expect((await openGroupBookingFor(userId, "42"))?.id).toBe(a.id);
  });

  test("of two claims on a step only one opens a checkout; the other gets its URL", async () => {
    const plan = await saveGroupBooking(input("nonce-claim-12345678"));
    const step = plan.steps[0]!;
    const claims = await Promise.all([claimStep(plan.id, step.id), claimStep(plan.id, step.id)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const waiting = waitForStepCheckout(step.id, 3000);
    await saveStepCheckout(step.id, "https://checkout.example/checkout/cs-1");
    expect(await waiting).toBe("https://checkout.example/checkout/cs-1");
    // Once a checkout exists it is never released: a later claim finds the step taken.
    await releaseStep(step.id);
    expect(await claimStep(plan.id, step.id)).toBe(false);
  });

  test("a refused checkout releases the claim so the step can be tried again", async () => {
    const plan = await saveGroupBooking(input("nonce-release-1234567"));
    const step = plan.steps[1]!;
    expect(await claimStep(plan.id, step.id)).toBe(true);
    await releaseStep(step.id);
    expect(await waitForStepCheckout(step.id, 500)).toBeUndefined();
    expect(await claimStep(plan.id, step.id)).toBe(true);
  });

  test("the plan completes when every step is booked, and is then no longer offered to continue", async () => {
    const plan = await saveGroupBooking(input("nonce-complete-123456"));
    await markStepBooked(plan, plan.steps[0]!.id, "ord-1");
    let stored = (await getGroupBooking(userId, plan.id))!;
    expect(stored.completedAt).toBeNull();
    expect(stored.steps[0]!.orderId).toBe("ord-1");
    await markStepBooked(plan, plan.steps[1]!.id, "ord-2");
    stored = (await getGroupBooking(userId, plan.id))!;
    expect(stored.completedAt).not.toBeNull();
    expect((await openGroupBookingFor(userId, "42"))?.id).not.toBe(plan.id);
  });

  test("choosing again closes an unfinished plan; another user cannot close it", async () => {
    const plan = await saveGroupBooking(input("nonce-abandon-1234567"));
    await abandonGroupBooking(other, plan.id);
    expect((await getGroupBooking(userId, plan.id))!.abandonedAt).toBeNull();
    await abandonGroupBooking(userId, plan.id);
    expect((await getGroupBooking(userId, plan.id))!.abandonedAt).not.toBeNull();
  });
});
