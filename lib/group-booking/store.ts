import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { type GroupBookingRow, type GroupBookingStepRow, groupBookingSteps, groupBookings } from "@/lib/db/schema";
import type { PlanStep } from "./plan";

/** A group booking's sequence of checkouts, as kept in the database (see schema-group-booking.ts). */

export interface GroupBooking extends GroupBookingRow {
  steps: GroupBookingStepRow[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface NewGroupBooking {
  userId: string;
  formNonce: string;
  sessionId: string;
  opportunityIdentifier: string;
  opportunityType: string;
  sessionName: string;
  startDate: string;
  steps: PlanStep[];
}

/**
 * Stores a plan once per form submission: a second submit of the same form (same nonce) gets the
 * plan the first one made, so a double click never makes two sequences.
 */
export async function saveGroupBooking(input: NewGroupBooking): Promise<GroupBooking> {
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(groupBookings)
      .values({
        userId: input.userId,
        formNonce: input.formNonce,
        sessionId: input.sessionId,
        opportunityIdentifier: input.opportunityIdentifier,
        opportunityType: input.opportunityType,
        sessionName: input.sessionName,
        startDate: input.startDate,
      })
      .onConflictDoNothing({ target: [groupBookings.userId, groupBookings.formNonce] })
      .returning({ id: groupBookings.id });
    if (!row) return undefined;
    await tx.insert(groupBookingSteps).values(
      input.steps.map((step, position) => ({
        groupBookingId: row.id,
        position,
        offerId: step.offerId,
        offerName: step.offerName,
        attendees: step.attendees,
      })),
    );
    return row.id;
  });
  if (id) return (await getGroupBooking(input.userId, id))!;
  const [existing] = await db
    .select({ id: groupBookings.id })
    .from(groupBookings)
    .where(and(eq(groupBookings.userId, input.userId), eq(groupBookings.formNonce, input.formNonce)))
    .limit(1);
  return (await getGroupBooking(input.userId, existing!.id))!;
}

/** One plan with its steps, only if it is this user's. */
export async function getGroupBooking(userId: string, id: string): Promise<GroupBooking | undefined> {
  if (!UUID.test(id)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(groupBookings)
    .where(and(eq(groupBookings.id, id), eq(groupBookings.userId, userId)))
    .limit(1);
  if (!row) return undefined;
  const steps = await db
    .select()
    .from(groupBookingSteps)
    .where(eq(groupBookingSteps.groupBookingId, id))
    .orderBy(asc(groupBookingSteps.position));
  return { ...row, steps };
}

/** The newest unfinished plan of this user for this session: what "Continue: 2 of 2" resumes. */
export async function openGroupBookingFor(userId: string, sessionId: string): Promise<GroupBooking | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ id: groupBookings.id })
    .from(groupBookings)
    .where(
      and(
        eq(groupBookings.userId, userId),
        eq(groupBookings.sessionId, sessionId),
        isNull(groupBookings.completedAt),
        isNull(groupBookings.abandonedAt),
      ),
    )
    .orderBy(desc(groupBookings.createdAt))
    .limit(1);
  return row ? getGroupBooking(userId, row.id) : undefined;
}

/** Records that a step's places are booked (in `orderId`); the plan is complete when every step is. */
export async function markStepBooked(plan: GroupBooking, stepId: string, orderId: string): Promise<void> {
  const db = await getDb();
  const now = new Date();
  await db
    .update(groupBookingSteps)
    .set({ orderId, completedAt: now })
    .where(and(eq(groupBookingSteps.id, stepId), eq(groupBookingSteps.groupBookingId, plan.id), isNull(groupBookingSteps.completedAt)));
  const steps = await db
    .select({ completedAt: groupBookingSteps.completedAt })
    .from(groupBookingSteps)
    .where(eq(groupBookingSteps.groupBookingId, plan.id));
  if (steps.every((s) => s.completedAt)) {
    await db
      .update(groupBookings)
      .set({ completedAt: now })
      .where(and(eq(groupBookings.id, plan.id), isNull(groupBookings.completedAt)));
  }
}

/**
 * Claims a step for checkout. Only the first caller gets `true`; it must then open the checkout
 * and save its URL (or release the claim when imin refuses).
 */
export async function claimStep(planId: string, stepId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(groupBookingSteps)
    .set({ checkoutStartedAt: new Date() })
    .where(and(eq(groupBookingSteps.id, stepId), eq(groupBookingSteps.groupBookingId, planId), isNull(groupBookingSteps.checkoutStartedAt)))
    .returning({ id: groupBookingSteps.id });
  return rows.length === 1;
}

export async function saveStepCheckout(stepId: string, checkoutUrl: string): Promise<void> {
  const db = await getDb();
  await db.update(groupBookingSteps).set({ checkoutUrl }).where(eq(groupBookingSteps.id, stepId));
}

/** imin refused or failed: the step may be tried again. */
export async function releaseStep(stepId: string): Promise<void> {
  const db = await getDb();
  await db
    .update(groupBookingSteps)
    .set({ checkoutStartedAt: null })
    .where(and(eq(groupBookingSteps.id, stepId), isNull(groupBookingSteps.checkoutUrl)));
}

/** The checkout URL a concurrent claim saved, waiting briefly for it. */
export async function waitForStepCheckout(stepId: string, timeoutMs = 8000): Promise<string | undefined> {
  const db = await getDb();
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const [row] = await db
      .select({ url: groupBookingSteps.checkoutUrl, started: groupBookingSteps.checkoutStartedAt })
      .from(groupBookingSteps)
      .where(eq(groupBookingSteps.id, stepId))
      .limit(1);
    if (row?.url) return row.url;
    if (!row?.started) return undefined;
    await new Promise((r) => setTimeout(r, 200));
  }
  return undefined;
}

/** The customer chose again: this plan stops offering "Continue" (places already booked stay booked). */
export async function abandonGroupBooking(userId: string, id: string): Promise<void> {
  if (!UUID.test(id)) return;
  const db = await getDb();
  await db
    .update(groupBookings)
    .set({ abandonedAt: new Date() })
    .where(and(eq(groupBookings.id, id), eq(groupBookings.userId, userId), isNull(groupBookings.completedAt)));
}
