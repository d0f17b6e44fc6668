import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataAttribution } from "@/components/attribution";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/current-user";
import { unbookableKind } from "@/lib/book/eligibility";
import { cancelPolicy, facilityText, iminErrorText, refusalText, sellerValues, type Words } from "@/lib/book/offer-words";
import { slotGridHref } from "@/lib/facilities/grid-link";
import { courtsHref } from "@/lib/facilities/search-state";
import { formatDateTimeRange, formatDuration, formatPrice } from "@/lib/format";
import { intlLocale } from "@/lib/i18n/locales";
import { BookBar, BookLink } from "../../_components/book-bar";
import { BookNowForm } from "../../_components/book-now-form";
import { OfferList, offerChoices } from "../../_components/offer-list";
import { FactRow, WhenWhere, WhereRow } from "../../_components/when-where";
import { MemberPricesNote, VisitorBookChoice, VisitorBookLink } from "../../_components/visitor-book";
import { readBookingCustomer } from "../../data";
import { bookSlot } from "./actions";
import { getPublicSlotDetail, getSlotDetail, IminError, type OfferView, type SlotDetail } from "./data";

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

function courtText(t: Words, slot: SlotDetail): string | undefined {
  if (slot.court) return slot.court;
  if (slot.freeCourts.length > 0) return t("slot.courtGiven", { courts: slot.freeCourts.join(", ") });
  return undefined;
}

function offerPrice(t: Words, locale: string, offer: OfferView): string {
  return formatPrice(offer.price, offer.currency, locale) || t("session.bar.priceOnRequest");
}

/**
 * A customer's view (their accounts and age decide which prices they can book), or a signed-out
 * visitor's: imin's data as everyone sees it (one read shared by visitors for a short while), Book
 * as a choice of creating an account or signing in.
 */
export default async function SlotPage({ params }: { params: Params }) {
  const [user, { slotId }, tAll, lang] = await Promise.all([getCurrentUser(), params, getTranslations(), getLocale()]);
  const t = tAll as unknown as Words;
  const locale = intlLocale(lang);
  const priceOf = (offer: OfferView) => offerPrice(t, locale, offer);
  // One by-ID call for the slot; the customer's accounts and age only refine who may take which price.
  const customerRead = user ? readBookingCustomer(user.iminCustomerId) : Promise.resolve({ linkedSellerIds: [] });
  const [slotResult] = await Promise.allSettled([user ? getSlotDetail(slotId) : getPublicSlotDetail(slotId)]);
  if (slotResult.status === "rejected" || !slotResult.value) {
    const message =
      slotResult.status === "fulfilled"
        ? t("slot.gone")
        : slotResult.reason instanceof IminError
          ? iminErrorText(t, slotResult.reason)
          : t("slot.loadFailed");
    return (
      <>
        <BackLink href={courtsHref({})} label={t("slot.backToCourts")} />
        <h1 className="mb-4 text-2xl font-bold">{t("slot.title")}</h1>
        <Alert tone={slotResult.status === "fulfilled" ? "warning" : "error"}>{message}</Alert>
      </>
    );
  }
  const slot = slotResult.value;
  const customer = await customerRead;
  const venue = slot.venue;
  const facility = facilityText(t, slot);
  const court = courtText(t, slot);
  const duration = slot.durationMinutes ? formatDuration(`PT${slot.durationMinutes}M`, undefined, locale) : "";
  const closed = unbookableKind(slot);
  const shared = !slot.court && slot.maximum !== undefined && slot.maximum > 1;
  // The decision: the prices this customer can book, the cancellation policy, and Book.
  const usable = offerChoices(slot, customer).flatMap((c) => (c.eligibility.ok ? [{ offer: c.offer, eligibility: c.eligibility }] : []));
  const single = usable.length === 1 ? usable[0] : undefined;
  const cheapest = [...usable].sort((a, b) => (a.offer.price ?? Infinity) - (b.offer.price ?? Infinity))[0];
  const severalPrices = new Set(usable.map((u) => u.offer.price)).size > 1;

  return (
    <article className="flex flex-col">
      <BackLink href={slotGridHref(slot)} label={t("slot.backToGrid")} />
      <h1 className="text-2xl font-bold tracking-tight">
        {facility}
        {slot.court ? `, ${slot.court}` : ""}
      </h1>
      {slot.activity && slot.activity !== facility ? <p className="mt-1 text-gray-800">{slot.activity}</p> : null}

      {!slot.bookable ? (
        <Alert tone="warning" className="mt-4" title={t("slot.unbookableTitle")}>
          <span data-testid="slot-unbookable-reason">{t("slot.reason", { kind: closed, ...sellerValues(slot.seller?.name) })}</span>
        </Alert>
      ) : slot.membersOnly ? (
        <Alert tone="info" className="mt-4" title={t("session.offers.membersOnly")}>
          <span data-testid="slot-members-only">{t("slot.membersOnly", sellerValues(slot.seller?.name))}</span>
        </Alert>
      ) : null}

      {cheapest ? (
        <BookBar
          price={
            <>
              {severalPrices ? t("session.bar.price", { kind: "from", price: priceOf(cheapest.offer) }) : priceOf(cheapest.offer)}
              {!user && usable.some((u) => (u.offer.price ?? 0) > 0) ? <MemberPricesNote /> : null}
            </>
          }
          policy={
            new Set(usable.map((u) => u.offer.cancelMinutesBefore)).size > 1
              ? t("slot.policyDiffers", { policy: cancelPolicy(t, cheapest.offer.cancelMinutesBefore), price: cheapest.offer.name })
              : cancelPolicy(t, cheapest.offer.cancelMinutesBefore)
          }
          action={
            !user ? (
              <VisitorBookLink />
            ) : single ? (
              <BookNowForm
                action={bookSlot}
                fields={{ slotId, offerId: single.eligibility.offerId }}
                label={t("slot.bookNow", { name: single.offer.name, price: priceOf(single.offer) })}
                text={t("session.bar.book")}
                pendingText={t("session.openingCheckout")}
                size="large"
              />
            ) : (
              <BookLink href="#slot-prices" label={t("slot.choosePrice")} />
            )
          }
        />
      ) : null}

      <WhenWhere id="slot-when-where">
        <FactRow label={t("session.facts.when")}>
          <time dateTime={slot.startDate}>{formatDateTimeRange(slot.startDate, slot.endDate, undefined, locale)}</time>
          {duration ? ` (${duration})` : ""}
          <span className="block text-gray-700">{t("slot.venueTime")}</span>
        </FactRow>
        {venue ? <WhereRow venue={venue} /> : null}
        {court ? (
          <FactRow label={t("slot.court")} testId="slot-court">
            {court}
          </FactRow>
        ) : null}
        {shared && slot.remaining !== undefined ? (
          <FactRow label={t("slot.free")}>{t("slot.freeOf", { remaining: slot.remaining, maximum: slot.maximum ?? 0 })}</FactRow>
        ) : null}
        {slot.seller?.name ? (
          <FactRow label={t("slot.provider")} testId="slot-provider">
            {slot.seller.name}
          </FactRow>
        ) : null}
      </WhenWhere>
      <DataAttribution sources={[slot.source]} className="mt-2" />

      <OfferList
        kind="slot"
        item={slot}
        customer={customer}
        price={(offer) => <p className="mt-1 text-base font-semibold">{priceOf(offer)}</p>}
        unbookable={(refusal) => ({
          reason: slot.bookable ? refusalText(t, refusal.refusal, closed) : t("session.reason", { kind: "offline" }),
          linkSellers: refusal.linkSellers,
        })}
        action={(offer, eligibility) =>
          // One price is booked from the bar; a visitor books through the choice below.
          single || !user ? null : (
            <BookNowForm
              action={bookSlot}
              fields={{ slotId, offerId: eligibility.offerId }}
              label={t("slot.bookNow", { name: offer.name, price: priceOf(offer) })}
              text={t("session.bookNow")}
              pendingText={t("session.openingCheckout")}
            />
          )
        }
      />
      {!user && usable.length > 0 ? <VisitorBookChoice back={`/book/slot/${encodeURIComponent(slotId)}`} /> : null}
    </article>
  );
}
