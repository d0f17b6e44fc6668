import { cancelWindowParts } from "@/lib/imin/cancel-window";
import { ageRangeParts, type Refusal, type UnbookableKind } from "./eligibility";
import { iminErrorMessage } from "@/lib/i18n/imin-error-message";

/**
 * The words of the session and slot pages that lib decides (age ranges, why an offer can't be
 * booked, cancellation policies), put into the page's language by the translator it passes: `t`
 * is a root translator (`getTranslations()` / `useTranslations()`), keys are whole. Pure: no catalogue here.
 */
export type Words = (key: string, values?: Record<string, string | number>) => string;

/** "Ages 5–10", "Age 8", "Ages 16 and over", "All ages". */
export const ageRangeText = (t: Words, min?: number, max?: number) => t("session.ages", ageRangeParts(min, max));

/** "Full", "Already started"… as a title says it; `lower` as the middle of a sentence does. */
export const unbookableText = (t: Words, kind: UnbookableKind, lower = false) =>
  t(lower ? "session.reasonLower" : "session.reason", { kind });

/** "Members only: link your Riverside account first."; `closed` words a session that can't be booked at all. */
export function refusalText(t: Words, refusal: Refusal, closed: UnbookableKind): string {
  switch (refusal.code) {
    case "closed":
      return unbookableText(t, closed);
    case "noOnline":
      return t("session.refusal.noOnline");
    case "membersOnly":
      return t("session.refusal.membersOnly", sellerValues(refusal.sellerName));
    case "age":
      return t("session.refusal.age", { ages: ageRangeText(t, refusal.ageMin, refusal.ageMax), age: refusal.age });
  }
}

/** What went wrong talking to imin (an IminError), in the page's language (lib/i18n/imin-error-message.ts). */
export function iminErrorText(t: Words, error: { kind: string; description?: string; customerMessage: string }): string {
  const message = iminErrorMessage(error);
  return message.startsWith("errors.imin.") ? t(message) : message;
}

/** The slot's facility as imin names it (or its activities); "Facility" in the page's language when imin gives neither. */
export const facilityText = (t: Words, slot: { facilityName?: string }) => slot.facilityName ?? t("slot.facility");

/** The seller's name for a `{hasSeller, select, yes {{seller}} other {…}}` message. */
export const sellerValues = (name: string | undefined) => ({ hasSeller: name ? "yes" : "no", seller: name ?? "" });

/**
 * An offer's cancellation policy before booking, in the words /bookings uses after it ("Online
 * cancellation is not offered…"): `minutes` is the offer's `latestCancellationBeforeStartDate`.
 */
export function cancelPolicy(t: Words, minutes: number | undefined): string {
  if (minutes === undefined) return t("session.cancelPolicy", { kind: "none", window: "" });
  if (minutes === 0) return t("session.cancelPolicy", { kind: "start", window: "" });
  return t("session.cancelPolicy", { kind: "window", window: t("bookings.whyNoCancel.window", cancelWindowParts(minutes)) });
}
