import Link from "next/link";
import { DataAttribution } from "@/components/attribution";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/current-user";
import { slotGridHref } from "@/lib/facilities/grid-link";
import { courtsHref } from "@/lib/facilities/search-state";
import { formatDateTimeRange, formatDuration, formatPrice } from "@/lib/format";
import { BookBar, BookLink } from "../../_components/book-bar";
import { BookNowForm } from "../../_components/book-now-form";
import { OfferList, offerChoices } from "../../_components/offer-list";
import { FactRow, WhenWhere, WhereRow } from "../../_components/when-where";
import { MemberPricesNote, VisitorBookChoice, VisitorBookLink } from "../../_components/visitor-book";
import { readBookingCustomer } from "../../data";
import { bookSlot } from "./actions";
import { cancelPolicyText, getPublicSlotDetail, getSlotDetail, IminError, type OfferView, type SlotDetail } from "./data";

export { generateMetadata } from "./page-head";

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

function offerPrice(offer: OfferView): string {
  return formatPrice(offer.price, offer.currency) || "Price on request";
}

/**
 * A customer's view (their accounts and age decide which prices they can book), or a signed-out
 * visitor's: imin's data as everyone sees it (one read shared by visitors for a short while), Book
 * as a choice of creating an account or signing in.
 */
export default async function SlotPage({ params }: { params: Params }) {
  const [user, { slotId }] = await Promise.all([getCurrentUser(), params]);
  // One by-ID call for the slot; the customer's accounts and age only refine who may take which price.
  const customerRead = user ? readBookingCustomer(user.iminCustomerId) : Promise.resolve({ linkedSellerIds: [] });
  const [slotResult] = await Promise.allSettled([user ? getSlotDetail(slotId) : getPublicSlotDetail(slotId)]);
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
  const customer = await customerRead;
  const venue = slot.venue;
  const court = courtText(slot);
  const duration = slot.durationMinutes ? formatDuration(`PT${slot.durationMinutes}M`) : "";
  const shared = !slot.court && slot.maximum !== undefined && slot.maximum > 1;
  // The decision: the prices this customer can book, the cancellation policy, and Book.
  const usable = offerChoices(slot, customer).flatMap((c) => (c.eligibility.ok ? [{ offer: c.offer, eligibility: c.eligibility }] : []));
  const single = usable.length === 1 ? usable[0] : undefined;
  const cheapest = [...usable].sort((a, b) => (a.offer.price ?? Infinity) - (b.offer.price ?? Infinity))[0];
  const severalPrices = new Set(usable.map((u) => u.offer.price)).size > 1;

  return (
    <article className="flex flex-col">
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

      {cheapest ? (
        <BookBar
          price={
            <>
              {`${severalPrices ? "From " : ""}${offerPrice(cheapest.offer)}`}
              {!user && usable.some((u) => (u.offer.price ?? 0) > 0) ? <MemberPricesNote /> : null}
            </>
          }
          policy={
            new Set(usable.map((u) => u.offer.cancelMinutesBefore)).size > 1
              ? `${cancelPolicyText(cheapest.offer.cancelMinutesBefore)} (${cheapest.offer.name}; other prices differ)`
              : cancelPolicyText(cheapest.offer.cancelMinutesBefore)
          }
          action={
            !user ? (
              <VisitorBookLink />
            ) : single ? (
              <BookNowForm
                action={bookSlot}
                fields={{ slotId, offerId: single.eligibility.offerId }}
                label={`Book now: ${single.offer.name}, ${offerPrice(single.offer)}`}
                text="Book"
                size="large"
              />
            ) : (
              <BookLink href="#slot-prices" label="Book: choose a price" />
            )
          }
        />
      ) : null}

      <WhenWhere id="slot-when-where">
        <FactRow label="When">
          <time dateTime={slot.startDate}>{formatDateTimeRange(slot.startDate, slot.endDate)}</time>
          {duration ? ` (${duration})` : ""}
          <span className="block text-gray-700">The venue's local time.</span>
        </FactRow>
        {venue ? <WhereRow venue={venue} /> : null}
        {court ? (
          <FactRow label="Court" testId="slot-court">
            {court}
          </FactRow>
        ) : null}
        {shared && slot.remaining !== undefined ? (
          <FactRow label="Free">
            {slot.remaining} of {slot.maximum} free
          </FactRow>
        ) : null}
        {slot.seller?.name ? <FactRow label="Provider">{slot.seller.name}</FactRow> : null}
      </WhenWhere>
      <DataAttribution sources={[slot.source]} className="mt-2" />

      <OfferList
        kind="slot"
        item={slot}
        customer={customer}
        price={(offer) => <p className="mt-1 text-base font-semibold">{offerPrice(offer)}</p>}
        unbookable={(refusal) => ({ reason: slot.bookable ? refusal.reason : "Not bookable online", linkSellers: refusal.linkSellers })}
        action={(offer, eligibility) =>
          // One price is booked from the bar; a visitor books through the choice below.
          single || !user ? null : (
            <BookNowForm
              action={bookSlot}
              fields={{ slotId, offerId: eligibility.offerId }}
              label={`Book now: ${offer.name}, ${offerPrice(offer)}`}
            />
          )
        }
      />
      {!user && usable.length > 0 ? <VisitorBookChoice back={`/book/slot/${encodeURIComponent(slotId)}`} /> : null}
    </article>
  );
}
