import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { type CustomerFacts, type Eligibility, offerEligibility, unbookableKind } from "@/lib/book/eligibility";
import { cancelPolicy, refusalText, type Words } from "@/lib/book/offer-words";
import type { OfferView } from "@/lib/imin/offer-view";
import { OfferCard } from "./offer-card";

type Refusal = Extract<Eligibility, { ok: false }>;
type Allowed = Extract<Eligibility, { ok: true }>;

/** A session's offers are its tickets (words in `session.offers`), a slot's its prices (`slot.offers`). */
const KINDS = {
  session: {
    id: "tickets",
    heading: "session.offers.heading",
    empty: "session.offers.empty",
    noneForYou: "session.offers.noneForYou",
    testId: "offer",
  },
  slot: {
    id: "slot-prices",
    heading: "slot.offers.heading",
    empty: "slot.offers.empty",
    noneForYou: "slot.offers.noneForYou",
    testId: "slot-offer",
  },
};

/** The session or slot the offers are for. */
interface OfferItem {
  bookable: boolean;
  startDate: string;
  remaining?: number;
  eventStatus?: string;
  seller?: { id?: string; name?: string };
  offers: OfferView[];
}

export type OfferChoice = { offer: OfferView; eligibility: Allowed } | { offer: OfferView; eligibility: Refusal };

/** Each offer with whether this customer may book it, in imin's order. */
export function offerChoices(item: OfferItem, customer: CustomerFacts): OfferChoice[] {
  const session = {
    bookable: item.bookable,
    startDate: item.startDate,
    sellerId: item.seller?.id,
    sellerName: item.seller?.name,
  };
  return item.offers.map((offer) => ({ offer, eligibility: offerEligibility(offer, session, customer) }) as OfferChoice);
}

/** "Who for" from the tickets' own ages: the youngest any ticket takes to the oldest (open when one is). */
export function ticketsAgeRange(offers: OfferView[]): { min?: number; max?: number } | undefined {
  if (offers.length === 0) return undefined;
  const mins = offers.map((o) => o.ageMin);
  const maxes = offers.map((o) => o.ageMax);
  return {
    min: mins.some((m) => m === undefined) ? undefined : Math.min(...(mins as number[])),
    max: maxes.some((m) => m === undefined) ? undefined : Math.max(...(maxes as number[])),
  };
}

interface OfferListProps {
  kind: keyof typeof KINDS;
  item: OfferItem;
  customer: CustomerFacts;
  price: (offer: OfferView) => ReactNode;
  /** What the card says when the offer can't be booked; the refusal itself by default. */
  unbookable?: (refusal: Refusal) => { reason: string; linkSellers?: boolean };
  /** Book Now for a bookable offer (or nothing, when booking happens elsewhere on the page). */
  action: (offer: OfferView, eligibility: Allowed) => ReactNode;
  /**
   * Whether an offer the account holder can't book is still open to someone booking with them (family
   * members): such a ticket stays in the list, without a reason, and is not folded away.
   */
  openToOthers?: (offer: OfferView) => boolean;
}

/**
 * A session's tickets or a slot's prices: each offer's rules, price, cancellation policy, and Book
 * Now or why not. When the item can be booked, the offers this customer can't use are folded into
 * a disclosure that says why each is not for them (open when none is).
 */
export function OfferList({ kind, item, customer, price, unbookable, action, openToOthers }: OfferListProps) {
  const { id, heading, empty, noneForYou, testId } = KINDS[kind];
  const t = useTranslations() as unknown as Words;
  const choices = offerChoices(item, customer);
  const open = choices.filter((c) => c.eligibility.ok || !item.bookable || openToOthers?.(c.offer));
  const folded = choices.filter((c) => !open.includes(c));
  const card = ({ offer, eligibility }: OfferChoice, i: number) => (
    <OfferCard
      key={offer.id ?? `${offer.name}-${i}`}
      testId={testId}
      offer={offer}
      price={price(offer)}
      policy={item.bookable ? cancelPolicy(t, offer.cancelMinutesBefore) : undefined}
      unbookable={
        eligibility.ok || openToOthers?.(offer)
          ? undefined
          : (unbookable?.(eligibility) ?? {
              reason: refusalText(t, eligibility.refusal, unbookableKind(item)),
              linkSellers: eligibility.linkSellers,
            })
      }
      action={eligibility.ok ? action(offer, eligibility) : null}
    />
  );
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {t(heading)}
      </h2>
      {choices.length === 0 ? <p className="text-sm">{t(empty)}</p> : null}
      {open.length > 0 ? <ul className="space-y-3">{open.map(card)}</ul> : null}
      {folded.length > 0 ? (
        <details className="mt-3 rounded-lg border border-gray-300 bg-white" open={open.length === 0} data-testid="folded-offers">
          <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 font-medium">
            {t(open.length === 0 ? noneForYou : "session.offers.notForYou", {
              names: folded.map((c) => c.offer.name).join(", "),
            })}
          </summary>
          <ul className="space-y-3 px-4 pb-4">{folded.map(card)}</ul>
        </details>
      ) : null}
    </section>
  );
}
