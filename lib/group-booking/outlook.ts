import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { type CancelOutcome, cancelBooking } from "@/lib/bookings/cancel";
import type { SessionDetail } from "@/lib/imin/event-mapping";
import { getSessionDetail } from "@/lib/imin/events";
import { getSellerAccounts } from "@/lib/imin/seller-accounts";
import { type UnbookableKind, unbookableKind } from "@/lib/book/eligibility";
import { unbookableText, type Words } from "@/lib/book/offer-words";
import { type PlanStep, spacesProblem } from "./plan";
import { confirmedPlaceItemsOn } from "./places";
import { abandonGroupBooking, type GroupBooking } from "./store";

/** What a group booking costs and whether its steps can still be booked, read from imin now. */
export interface GroupOutlook {
  /** Each step's price for one person (step id → price; absent when imin names none). */
  unitPrices: Map<string, number | undefined>;
  currency: string;
  /** Why no step can be booked now (gone, cancelled, started, full); absent when the session is bookable. */
  closed?: "gone" | UnbookableKind;
  /** Steps whose ticket is still on sale. */
  onSale: Set<string>;
  remaining?: number;
  /** The session's open-data attribution (docs/imin/attribution.md). */
  source?: SessionDetail["source"];
}

function unitPrice(detail: SessionDetail, offerId: string): { sold: boolean; price?: number } {
  for (const o of detail.offers) {
    if (o.id === offerId) return { sold: true, price: o.price };
    if (o.entitlement?.id === offerId) return { sold: true, price: o.entitlement.price ?? o.price };
  }
  return { sold: false };
}

/**
 * The plan's prices and the session's state from one read (two when a step holds an entitlement
 * price, which only a search with the holder's entitlement filter carries).
 */
export async function groupOutlook(user: PortalUser, plan: GroupBooking): Promise<GroupOutlook> {
  let detail = await getSessionDetail(plan.sessionId);
  if (detail && plan.steps.some((s) => !unitPrice(detail!, s.offerId).sold)) {
    const filter = (await getSellerAccounts(user.iminCustomerId)).entitlementFilter;
    if (filter) detail = (await getSessionDetail(plan.sessionId, filter)) ?? detail;
  }
  const unitPrices = new Map<string, number | undefined>();
  const onSale = new Set<string>();
  for (const step of plan.steps) {
    const found = detail ? unitPrice(detail, step.offerId) : { sold: false };
    unitPrices.set(step.id, found.price);
    if (found.sold) onSale.add(step.id);
  }
  const closed = !detail ? "gone" : detail.bookable ? undefined : unbookableKind(detail);
  return {
    unitPrices,
    currency: detail?.offers[0]?.currency ?? "GBP",
    closed,
    onSale,
    remaining: detail?.remaining,
    source: detail?.source,
  };
}

/** Why this step can't be booked now (sold out, too few spaces, ticket withdrawn); undefined when it can. */
export function stepProblem(
  outlook: GroupOutlook,
  step: Pick<PlanStep, "offerName" | "attendees"> & { id: string },
  t: Words,
): string | undefined {
  if (outlook.closed === "gone") return t("session.actions.gone");
  if (outlook.closed) return t("groupBooking.problem.closed", { reason: unbookableText(t, outlook.closed, true) });
  if (!outlook.onSale.has(step.id)) return t("groupBooking.problem.offSale", { ticket: step.offerName });
  return spacesProblem(outlook.remaining, step.attendees.length, t);
}

/** `failed`: the place imin would not cancel, as `cancelBooking` answered (the page words it, lib/bookings/cancel-words.ts). */
export type UndoOutcome =
  | { status: "cancelled"; count: number }
  | { status: "failed"; outcome: Extract<CancelOutcome, { status: "refused" | "failed" }> };

/**
 * The later steps can't be booked: cancels the places the earlier steps booked (each through
 * `cancelBooking`, which proves the order is the holder's and drops the reminder) and closes the plan.
 */
export async function cancelBookedPlaces(user: PortalUser, plan: GroupBooking): Promise<UndoOutcome> {
  const places = await confirmedPlaceItemsOn(user, plan.opportunityIdentifier, plan.startDate);
  let count = 0;
  for (const step of plan.steps) {
    if (!step.completedAt) continue;
    for (const attendee of step.attendees) {
      const place = places.get(attendee.iminCustomerId);
      if (!place) continue;
      const outcome = await cancelBooking(user, place.itemId);
      if (outcome.status === "refused" || outcome.status === "failed") return { status: "failed", outcome };
      if (outcome.status === "cancelled") count++;
    }
  }
  await abandonGroupBooking(user.id, plan.id);
  return { status: "cancelled", count };
}
