"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionState, authedAction, authedFormAction } from "@/lib/actions/authed-action";
import type { PortalUser } from "@/lib/auth/current-user";
import { unbookableKind } from "@/lib/book/eligibility";
import { unbookableText, type Words } from "@/lib/book/offer-words";
import { groupBookingPath, openNextStep } from "@/lib/group-booking/checkout";
import { personProblemText, planCheckouts, type Selection, spacesProblem, ticketsFor } from "@/lib/group-booking/plan";
import { confirmedPlacesOn } from "@/lib/group-booking/places";
import { cancelOutcomeText } from "@/lib/bookings/cancel-words";
import { cancelBookedPlaces } from "@/lib/group-booking/outlook";
import { abandonGroupBooking, getGroupBooking, saveGroupBooking } from "@/lib/group-booking/store";
import { getSellerAccounts } from "@/lib/imin/seller-accounts";
import { getCustomerAccount } from "@/lib/imin/customers";
import { getSessionDetail } from "@/lib/imin/events";
import { intlLocale } from "@/lib/i18n/locales";
import { markCheckoutStarted } from "@/lib/pwa/checkout-mark";
import { inPageLanguage } from "../in-page-language";
import { householdPeople } from "./data";

const toList = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const groupSchema = z.object({
  sessionId: z.string().trim().min(1).max(500),
  // Keys, translated where the form shows them (session.whoIsComing travels with the form).
  nonce: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, "session.whoIsComing.errors.expired"),
  person: z.preprocess(
    toList,
    z.array(z.string().trim().min(1).max(64)).min(1, "session.whoIsComing.errors.chooseWho").max(20, "session.whoIsComing.errors.tooMany"),
  ),
});

/** The actions' words, in the page's language: the root translator and the `Intl` locale. */
async function actionWords(): Promise<{ t: Words; locale: string }> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return { t: t as unknown as Words, locale: intlLocale(locale) };
}

/**
 * "Who is coming?": re-reads the session, the household and each person's tickets (the form only
 * names people and offers), checks the spaces against the whole group, stores the sequence of
 * checkouts once per form, and opens the first step (or explains the steps when there are several).
 */
export const startGroupBooking = authedAction(groupSchema, (input, context) => inPageLanguage(() => startFor(input, context)));

async function startFor(
  { sessionId, nonce, person }: z.infer<typeof groupSchema>,
  { user, formData }: { user: PortalUser; formData: FormData },
): Promise<ActionState> {
  const [accounts, profile, { t, locale }] = await Promise.all([
    getSellerAccounts(user.iminCustomerId).catch(() => undefined),
    getCustomerAccount(user.iminCustomerId).catch(() => undefined),
    actionWords(),
  ]);
  let detail = await getSessionDetail(sessionId);
  if (!detail) return { status: "error", message: t("session.actions.gone") };
  const linkedSellerIds = accounts?.accounts.filter((a) => a.linked).map((a) => a.seller.id);
  if (accounts?.entitlementFilter && detail.seller?.id && linkedSellerIds?.includes(detail.seller.id)) {
    detail = (await getSessionDetail(sessionId, accounts.entitlementFilter)) ?? detail;
  }
  if (!detail.bookable || !detail.identifier) {
    return {
      status: "error",
      message: !detail.bookable
        ? t("session.actions.closed", { reason: unbookableText(t, unbookableKind(detail), true) })
        : t("session.actions.closedOnline"),
    };
  }
  const people = await householdPeople(user, profile?.details ?? {});
  const places = await confirmedPlacesOn(user, detail.identifier, detail.startDate);
  const session = { startDate: detail.startDate, sellerId: detail.seller?.id, sellerName: detail.seller?.name, offers: detail.offers };

  const selections: Selection[] = [];
  for (const key of new Set(person)) {
    const who = people.find((p) => p.key === key);
    if (!who) return { status: "error", message: t("groupBooking.actions.memberGone") };
    const option = ticketsFor(who, session, { linkedSellerIds }, new Set(places.keys()));
    if (!option.suitable) return { status: "error", message: personProblemText(t, option) };
    const chosen = String(formData.get(`ticket-${key}`) ?? option.defaultOfferId);
    const ticket = option.tickets.find((t) => t.offerId === chosen);
    if (!ticket) {
      return {
        status: "error",
        message: t("groupBooking.actions.ticketGone", { holder: who.isHolder ? "yes" : "no", name: who.givenName }),
      };
    }
    selections.push({ person: who, ticket });
  }
  const full = spacesProblem(detail.remaining, selections.length, t);
  if (full) return { status: "error", message: full };

  const plan = await saveGroupBooking({
    userId: user.id,
    formNonce: nonce,
    sessionId,
    opportunityIdentifier: detail.identifier,
    opportunityType: detail.type,
    sessionName: detail.name,
    startDate: detail.startDate,
    steps: planCheckouts(selections),
  });
  if (plan.steps.length > 1) redirect(groupBookingPath(plan));
  const outcome = await openNextStep(user, plan, t, locale);
  if (outcome.kind === "error") return { status: "error", message: outcome.message };
  if (outcome.kind === "checkout") await markCheckoutStarted();
  redirect(outcome.kind === "checkout" ? outcome.url : groupBookingPath(plan));
}

/** "Continue: 2 of 2": the next unbooked step of a stored group booking goes to checkout. */
export const continueGroupBooking = authedAction(z.object({ planId: z.string().uuid() }), async ({ planId }, { user }) => {
  const [plan, { t, locale }] = await Promise.all([getGroupBooking(user.id, planId), actionWords()]);
  if (!plan) return { status: "error", message: t("groupBooking.actions.planGoneChoose") };
  const outcome = await openNextStep(user, plan, t, locale);
  if (outcome.kind === "error") return { status: "error", message: outcome.message };
  if (outcome.kind === "checkout") await markCheckoutStarted();
  redirect(outcome.kind === "checkout" ? outcome.url : groupBookingPath(plan));
});

/** "Choose again": closes an unfinished group booking (places already booked stay booked). */
export const chooseAgain = authedFormAction(async (formData, { user }) => {
  const planId = String(formData.get("planId") ?? "");
  const plan = await getGroupBooking(user.id, planId);
  if (plan) await abandonGroupBooking(user.id, plan.id);
  redirect(plan ? `/book/${encodeURIComponent(plan.sessionId)}` : "/book");
});

/**
 * A later step can't be booked (sold out): cancels the places the earlier steps booked, for a
 * refund, and closes the plan.
 */
export const cancelEarlierPlaces = authedAction(z.object({ planId: z.string().uuid() }), async ({ planId }, { user }) => {
  const [plan, { t }] = await Promise.all([getGroupBooking(user.id, planId), actionWords()]);
  if (!plan) return { status: "error", message: t("groupBooking.actions.planGone") };
  const outcome = await cancelBookedPlaces(user, plan);
  if (outcome.status === "failed") {
    // Worded as /bookings words a cancellation: imin's own refusal as sent, the rest in the page's language.
    return { status: "error", message: t("groupBooking.actions.notCancelled", { reason: cancelOutcomeText(t, outcome.outcome) }) };
  }
  redirect(`${groupBookingPath(plan)}?cancelled=${outcome.count}`);
});
