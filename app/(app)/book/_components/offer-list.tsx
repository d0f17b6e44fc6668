import type { ReactNode } from "react";
import { type CustomerFacts, type Eligibility, offerEligibility } from "@/lib/book/eligibility";
import type { OfferView } from "@/lib/imin/offer-view";
import { OfferCard } from "./offer-card";

type Refusal = Extract<Eligibility, { ok: false }>;

/** A session's offers are its tickets, a slot's its prices. */
const KINDS = {
  session: { id: "tickets", heading: "Tickets", empty: "No tickets are on sale for this session.", testId: "offer" },
  slot: { id: "slot-prices", heading: "Prices", empty: "No prices are published for this slot.", testId: "slot-offer" },
};

interface OfferListProps {
  kind: keyof typeof KINDS;
  /** The session or slot the offers are for. */
  item: { bookable: boolean; reason?: string; startDate: string; seller?: { id?: string; name?: string }; offers: OfferView[] };
  customer: CustomerFacts;
  price: (offer: OfferView) => ReactNode;
  /** What the card says when the offer can't be booked; the refusal itself by default. */
  unbookable?: (refusal: Refusal) => { reason: string; linkSellers?: boolean };
  /** Book Now for a bookable offer (or nothing, when booking happens elsewhere on the page). */
  action: (offer: OfferView, eligibility: Extract<Eligibility, { ok: true }>) => ReactNode;
}

/** A session's tickets or a slot's prices: each offer's rules, price, and Book Now or why not. */
export function OfferList({ kind, item, customer, price, unbookable, action }: OfferListProps) {
  const { id, heading, empty, testId } = KINDS[kind];
  const offers = item.offers;
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {heading}
      </h2>
      {offers.length === 0 ? <p className="text-sm">{empty}</p> : null}
      <ul className="space-y-3">
        {offers.map((offer, i) => {
          const eligibility = offerEligibility(
            offer,
            {
              bookable: item.bookable,
              reason: item.reason,
              startDate: item.startDate,
              sellerId: item.seller?.id,
              sellerName: item.seller?.name,
            },
            customer,
          );
          return (
            <OfferCard
              key={offer.id ?? `${offer.name}-${i}`}
              testId={testId}
              offer={offer}
              price={price(offer)}
              unbookable={eligibility.ok ? undefined : (unbookable?.(eligibility) ?? eligibility)}
              action={eligibility.ok ? action(offer, eligibility) : null}
            />
          );
        })}
      </ul>
    </section>
  );
}
