import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/auth/current-user";
import { offerEligibility } from "@/lib/book/eligibility";
import { slotGridHref } from "@/lib/facilities/grid-link";
import { courtsHref } from "@/lib/facilities/search-state";
import { formatDateTimeRange, formatDuration, formatPrice } from "@/lib/format";
import { getSellerAccounts } from "@/lib/imin/seller-accounts";
import { getCustomerAccount } from "@/lib/imin/customers";
import { IminError } from "@/lib/imin/errors";
import { getSlotDetail } from "@/lib/imin/facilities";
import type { SlotDetail } from "@/lib/imin/slot-mapping";
import { BookNowForm } from "../../_components/book-now-form";
import { OfferCard } from "../../_components/offer-card";
import { bookSlot } from "./actions";

export const metadata: Metadata = { title: "Book a court" };

type Params = Promise<{ slotId: string }>;

function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="mb-2 text-sm">
      <Link href={href} className="inline-flex min-h-11 items-center text-link underline underline-offset-4">
        {label}
      </Link>
    </p>
  );
}

function courtText(slot: SlotDetail): string | undefined {
  if (slot.court) return slot.court;
  if (slot.freeCourts.length > 0) return `Given when you book (free now: ${slot.freeCourts.join(", ")})`;
  return undefined;
}

function cancellationText(minutes: number | undefined): string {
  if (minutes === undefined) return "No online cancellation";
  const span = formatDuration(`PT${minutes}M`);
  return `Cancel online up to ${span} before the start for a full refund`;
}

export default async function SlotPage({ params }: { params: Params }) {
  const [user, { slotId }] = await Promise.all([requireUser(), params]);
  // One by-ID call for the slot; the customer's accounts and age only refine who may take which price.
  const [slotResult, accountsResult, profileResult] = await Promise.allSettled([
    getSlotDetail(slotId),
    getSellerAccounts(user.iminCustomerId),
    getCustomerAccount(user.iminCustomerId),
  ]);
  if (slotResult.status === "rejected" || !slotResult.value) {
    const message =
      slotResult.status === "fulfilled"
        ? "This slot is no longer available: it may have started or been withdrawn. Pick another time."
        : slotResult.reason instanceof IminError
          ? slotResult.reason.customerMessage
          : "This slot could not be loaded.";
    return (
      <>
        <BackLink href={courtsHref({})} label="Back to courts and pitches" />
        <h1 className="mb-4 text-2xl font-bold">Book a court</h1>
        <Alert tone={slotResult.status === "fulfilled" ? "warning" : "error"}>{message}</Alert>
      </>
    );
  }
  const slot = slotResult.value;
  const accounts = accountsResult.status === "fulfilled" ? accountsResult.value : undefined;
  const linkedSellerIds = accounts?.accounts.filter((a) => a.linked).map((a) => a.seller.id);
  const birthDate = profileResult.status === "fulfilled" ? profileResult.value.details.birthDate || undefined : undefined;
  const venue = slot.venue;
  const court = courtText(slot);
  const duration = slot.durationMinutes ? formatDuration(`PT${slot.durationMinutes}M`) : "";
  const shared = !slot.court && slot.maximum !== undefined && slot.maximum > 1;

  return (
    <article>
      <BackLink href={slotGridHref(slot)} label="Back to the courts grid" />
      <h1 className="text-2xl font-bold tracking-tight">
        {slot.facilityName}
        {slot.court ? `, ${slot.court}` : ""}
      </h1>
      {slot.activity && slot.activity !== slot.facilityName ? <p className="mt-1 text-gray-800">{slot.activity}</p> : null}

      {!slot.bookable ? (
        <Alert tone="warning" className="mt-4" title="This slot can't be booked">
          <span data-testid="slot-unbookable-reason">{slot.reason}</span>
        </Alert>
      ) : slot.membersOnly ? (
        <Alert tone="info" className="mt-4" title="Members only">
          <span data-testid="slot-members-only">
            At this time only members of {slot.seller?.name ?? "the organiser"} can book, at the member price.
          </span>
        </Alert>
      ) : null}

      <section aria-labelledby="slot-when-where" className="mt-6 rounded-lg border border-gray-300 bg-white p-4">
        <h2 id="slot-when-where" className="sr-only">
          When and where
        </h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-gray-700">When</dt>
          <dd>
            <time dateTime={slot.startDate}>{formatDateTimeRange(slot.startDate, slot.endDate)}</time>
            {duration ? ` (${duration})` : ""}
            <span className="block text-gray-700">The venue's local time.</span>
          </dd>
          {venue ? (
            <>
              <dt className="font-medium text-gray-700">Where</dt>
              <dd>
                {venue.name ? <span className="font-medium">{venue.name}</span> : null}
                {venue.address ? <span className="block">{venue.address}</span> : null}
                {venue.telephone ? <span className="block">Telephone {venue.telephone}</span> : null}
                {venue.mapUrl ? (
                  <a href={venue.mapUrl} className="text-link underline underline-offset-4" target="_blank" rel="noopener noreferrer">
                    View {venue.name ?? "the venue"} on a map (opens in a new tab)
                  </a>
                ) : null}
              </dd>
            </>
          ) : null}
          {court ? (
            <>
              <dt className="font-medium text-gray-700">Court</dt>
              <dd data-testid="slot-court">{court}</dd>
            </>
          ) : null}
          {shared && slot.remaining !== undefined ? (
            <>
              <dt className="font-medium text-gray-700">Free</dt>
              <dd>
                {slot.remaining} of {slot.maximum} free
              </dd>
            </>
          ) : null}
          {slot.seller?.name ? (
            <>
              <dt className="font-medium text-gray-700">Provider</dt>
              <dd>{slot.seller.name}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="slot-prices" className="mt-6">
        <h2 id="slot-prices" className="mb-3 text-lg font-semibold">
          Prices
        </h2>
        {slot.offers.length === 0 ? <p className="text-sm">No prices are published for this slot.</p> : null}
        <ul className="space-y-3">
          {slot.offers.map((offer, i) => {
            const eligibility = offerEligibility(
              offer,
              {
                bookable: slot.bookable,
                reason: slot.reason,
                startDate: slot.startDate,
                sellerId: slot.seller?.id,
                sellerName: slot.seller?.name,
              },
              { birthDate, linkedSellerIds },
            );
            const price = formatPrice(offer.price, offer.currency) || "Price on request";
            return (
              <OfferCard
                key={offer.id ?? `${offer.name}-${i}`}
                testId="slot-offer"
                offer={offer}
                price={
                  <>
                    <p className="mt-1 text-base font-semibold">{price}</p>
                    <p className="text-sm text-gray-700">{cancellationText(offer.cancelMinutesBefore)}</p>
                  </>
                }
                unbookable={
                  eligibility.ok
                    ? undefined
                    : { reason: slot.bookable ? eligibility.reason : "Not bookable online", linkSellers: eligibility.linkSellers }
                }
                action={
                  eligibility.ok ? (
                    <BookNowForm
                      action={bookSlot}
                      fields={{ slotId, offerId: eligibility.offerId }}
                      label={`Book now: ${offer.name}, ${price}`}
                    />
                  ) : null
                }
              />
            );
          })}
        </ul>
      </section>
    </article>
  );
}
