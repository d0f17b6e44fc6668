import type { Words } from "@/lib/book/offer-words";
import type { CancelOutcome } from "./cancel";

/**
 * A cancellation's outcome in the customer's language (`t`: a root translator, whole keys): imin's
 * own refusal as the seller wrote it when it gave one, everything else in the catalogue's words.
 * The /bookings cancel action and a group booking's "not every place could be cancelled" both say it so.
 */
export function cancelOutcomeText(t: Words, outcome: CancelOutcome): string {
  switch (outcome.status) {
    case "cancelled":
      return t("bookings.cancel.done");
    case "not-found":
      return t("bookings.cancel.notFound");
    case "refused":
      return outcome.imin ?? t("bookings.cancel.refused");
    default:
      return t("bookings.cancel.failed");
  }
}
