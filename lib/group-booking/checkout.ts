import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { getBrokerConfig } from "@/lib/broker/config";
import { getSellerAccounts } from "@/lib/imin/seller-accounts";
import { createCheckoutSession } from "@/lib/imin/checkout";
import { customerAccountUrl } from "@/lib/imin/customers";
import { IminError } from "@/lib/imin/errors";
import { getSessionDetail } from "@/lib/imin/events";
import { portalUrl } from "@/lib/portal-url";
import { unbookableKind } from "@/lib/book/eligibility";
import { iminErrorText, unbookableText, type Words } from "@/lib/book/offer-words";
import { bookedOrderOf, namesOf, spacesProblem } from "./plan";
import { confirmedPlaceItemsOn, type Place } from "./places";
import { claimStep, type GroupBooking, markStepBooked, releaseStep, saveStepCheckout, waitForStepCheckout } from "./store";

export type StepOutcome = { kind: "checkout"; url: string } | { kind: "done" } | { kind: "error"; message: string };

export function groupBookingPath(plan: Pick<GroupBooking, "id" | "sessionId">): string {
  return `/book/${encodeURIComponent(plan.sessionId)}/group/${plan.id}`;
}

/**
 * Brings the stored plan up to date with imin: a step whose attendees all hold a confirmed place on
 * the session is booked (its order recorded), whether it was paid in this tab, another, or earlier.
 * Returns the places read, for callers that show who is already booked.
 */
export async function reconcileGroupBooking(user: PortalUser, plan: GroupBooking): Promise<Map<string, Place>> {
  const places = await confirmedPlaceItemsOn(user, plan.opportunityIdentifier, plan.startDate);
  const orders = new Map([...places].map(([who, place]) => [who, place.orderId]));
  for (const step of plan.steps) {
    if (step.completedAt) continue;
    const orderId = bookedOrderOf(step, orders);
    if (orderId) {
      await markStepBooked(plan, step.id, orderId);
      step.orderId = orderId;
      step.completedAt = new Date();
    }
  }
  if (plan.steps.every((s) => s.completedAt)) plan.completedAt ??= new Date();
  return places;
}

/**
 * Sends the next unbooked step to imin's checkout. Never books anyone twice: steps already booked
 * are skipped, a step whose checkout was opened reopens that same checkout, and of two submits at
 * once only one opens a checkout (the other waits for its URL).
 */
export async function openNextStep(user: PortalUser, plan: GroupBooking, t: Words, locale: string): Promise<StepOutcome> {
  if (plan.abandonedAt) return { kind: "error", message: t("groupBooking.actions.closed") };
  const places = await reconcileGroupBooking(user, plan);
  const step = plan.steps.find((s) => !s.completedAt);
  if (!step) return { kind: "done" };
  const already = step.attendees.filter((a) => places.has(a.iminCustomerId));
  if (already.length > 0) {
    const names = namesOf(already, t);
    const verb = already.length === 1 && !already[0]!.isHolder ? "has" : "have";
    const message = t("groupBooking.actions.alreadyPlaced", { names, verb });
    return { kind: "error", message: `${message.charAt(0).toLocaleUpperCase(locale)}${message.slice(1)}` };
  }
  if (step.checkoutUrl) return { kind: "checkout", url: step.checkoutUrl };

  if (!(await claimStep(plan.id, step.id))) {
    const url = await waitForStepCheckout(step.id);
    return url ? { kind: "checkout", url } : { kind: "error", message: t("groupBooking.actions.opening") };
  }
  try {
    const sells = (d: Awaited<ReturnType<typeof getSessionDetail>>) =>
      !!d?.offers.some((o) => o.id === step.offerId || o.entitlement?.id === step.offerId);
    let detail = await getSessionDetail(plan.sessionId);
    if (detail && !sells(detail)) {
      // An entitlement price is only in the answer to a search with the holder's entitlement filter.
      const filter = (await getSellerAccounts(user.iminCustomerId)).entitlementFilter;
      if (filter) detail = (await getSessionDetail(plan.sessionId, filter)) ?? detail;
    }
    if (!detail?.bookable || !detail.identifier) {
      await releaseStep(step.id);
      return {
        kind: "error",
        message:
          detail && !detail.bookable
            ? t("session.actions.closed", { reason: unbookableText(t, unbookableKind(detail), true) })
            : t("session.actions.closedOnline"),
      };
    }
    const full = spacesProblem(detail.remaining, step.attendees.length, t);
    if (full) {
      await releaseStep(step.id);
      return { kind: "error", message: full };
    }
    if (!sells(detail)) {
      await releaseStep(step.id);
      return { kind: "error", message: t("groupBooking.actions.offSale", { ticket: step.offerName }) };
    }
    const broker = getBrokerConfig();
    const back = portalUrl(groupBookingPath(plan));
    const onlyHolder = step.attendees.length === 1 && step.attendees[0]!.isHolder;
    const url = await createCheckoutSession({
      customerUrl: user.iminCustomerUrl,
      broker: { name: broker.name, url: portalUrl(broker.homeUrl) },
      opportunity: { type: plan.opportunityType, identifier: plan.opportunityIdentifier },
      offerId: step.offerId,
      attendeeUrls: onlyHolder
        ? undefined
        : step.attendees.map((a) => (a.isHolder ? user.iminCustomerUrl : customerAccountUrl(a.iminCustomerId))),
      // "Back to the broker" comes back to the plan (it records the step and offers the next one);
      // "View my bookings" goes to the bookings, as after any other checkout.
      backToBrokerUrl: back,
      backToProfileUrl: portalUrl("/bookings"),
    });
    await saveStepCheckout(step.id, url);
    return { kind: "checkout", url };
  } catch (error) {
    await releaseStep(step.id);
    if (error instanceof IminError) return { kind: "error", message: iminErrorText(t, error) };
    throw error;
  }
}
