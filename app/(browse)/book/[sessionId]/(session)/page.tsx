import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { BookBar, BookLink } from "../../_components/book-bar";
import { BookNowForm } from "../../_components/book-now-form";
import { type OfferChoice, OfferList, offerChoices, ticketsAgeRange } from "../../_components/offer-list";
import { FactRow, WhenWhere, WhereRow } from "../../_components/when-where";
import { MemberPricesNote, VisitorBookChoice, VisitorBookLink } from "../../_components/visitor-book";
import { BackToSearch } from "../_components/back-to-search";
import { type PersonRow, WhoIsComing } from "../_components/who-is-coming";
import {
  cancelPolicyText,
  getPublicSessionDetail,
  getSessionDetail,
  groupBookingPath,
  guestCheckoutUrl,
  householdPeople,
  IminError,
  listHouseholdMembers,
  type OfferView,
  placesAndPlan,
  whoIsComing,
} from "../data";
import { startGroupBooking } from "../group-actions";
import { readBookingCustomer } from "../../data";
import { describeAgeRange } from "@/lib/book/eligibility";
import { DataAttribution } from "@/components/attribution";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser, type PortalUser } from "@/lib/auth/current-user";
import { formatDateTimeRange, formatDuration, formatPrice } from "@/lib/format";
import { namesOf, type PersonOption, stepLabel } from "@/lib/group-booking/plan";
import { bookNow } from "../actions";
import { SessionJsonLd, sessionGone } from "./page-head";

export { generateMetadata } from "./page-head";

type Params = Promise<{ sessionId: string }>;
type SearchParams = Promise<{ from?: string | string[] }>;

/** What one place costs this customer: their entitlement price when they have one. */
const unitPrice = (offer: OfferView) => (offer.entitlement?.price !== undefined ? offer.entitlement.price : offer.price);

/** "£6.50", "From £3.00" (several prices), "Your price £4.90" (an entitlement price). */
function barPrice(prices: { price?: number; currency: string; entitlement?: boolean }[], suffix = ""): string {
  const known = prices.filter((p) => p.price !== undefined).sort((a, b) => a.price! - b.price!);
  const cheapest = known[0];
  if (!cheapest) return "Price on request";
  const text = formatPrice(cheapest.price, cheapest.currency);
  const several = new Set(known.map((p) => p.price)).size > 1;
  if (several) return `From ${text}${suffix}`;
  return `${cheapest.entitlement ? "Your price " : ""}${text}${suffix}`;
}

/** The cancellation policy of the tickets on offer, when they share one; else the cheapest one's. */
function barPolicy(offers: OfferView[]): string | undefined {
  if (offers.length === 0) return undefined;
  const cheapest = [...offers].sort((a, b) => (unitPrice(a) ?? Infinity) - (unitPrice(b) ?? Infinity))[0]!;
  const policies = new Set(offers.map((o) => cancelPolicyText(o.cancelMinutesBefore)));
  const policy = cancelPolicyText(cheapest.cancelMinutesBefore);
  return policies.size > 1 ? `${policy} (${cheapest.name}; other tickets differ)` : policy;
}

/** A customer's view (their prices, family and places), or a visitor's: what imin shows everyone. */
export default async function SessionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [user, { sessionId }, { from }] = await Promise.all([getCurrentUser(), params, searchParams]);
  if (!user) return <VisitorSessionPage sessionId={sessionId} from={from} />;
  return <CustomerSessionPage user={user} sessionId={sessionId} from={from} />;
}

function LoadFailed({ from, error }: { from?: string | string[]; error: unknown }) {
  const message = error instanceof IminError ? error.customerMessage : "This session could not be loaded.";
  return (
    <>
      <BackToSearch from={from} />
      <h1 className="mb-4 text-2xl font-bold">Session details</h1>
      <Alert tone="error">{message}</Alert>
    </>
  );
}

/**
 * A signed-out visitor's view: imin's data as its search shows everyone (one read shared by every
 * visitor for a short while), standard prices with "Member prices after you sign in" where a
 * price is charged, and Book as a choice of creating an account or signing in (or guest checkout).
 */
async function VisitorSessionPage({ sessionId, from }: { sessionId: string; from?: string | string[] }) {
  const [detailResult] = await Promise.allSettled([getPublicSessionDetail(sessionId)]);
  if (detailResult.status === "rejected") return <LoadFailed from={from} error={detailResult.reason} />;
  const detail = detailResult.value;
  // Cancelled or no longer listed: the not-found page, answered 410 Gone (scripts/gone-status.mjs).
  if (!detail || sessionGone(detail)) notFound();
  // Nobody's memberships are known: a members-only ticket is refused as for a customer without the link.
  const choices = offerChoices(detail, { linkedSellerIds: [] });
  const usable = choices.filter((c) => c.eligibility.ok).map((c) => c.offer);
  const paid = (offers: OfferView[]) => offers.some((o) => (o.price ?? 0) > 0);
  const venue = detail.venue;
  const duration = formatDuration(detail.startDate, detail.endDate ?? null);
  const ages = ticketsAgeRange(detail.offers) ?? { min: detail.ageMin, max: detail.ageMax };
  const back = `/book/${encodeURIComponent(sessionId)}`;
  return (
    <article className="flex flex-col">
      <SessionJsonLd sessionId={sessionId} detail={detail} />
      <BackToSearch from={from} />
      <h1 className="text-2xl font-bold tracking-tight">{detail.name}</h1>
      {detail.activity ? <p className="mt-1 text-gray-800">{detail.activity}</p> : null}
      {!detail.bookable ? (
        <Alert tone="warning" className="mt-4" title={`Not bookable: ${detail.reason ?? "not bookable online"}`}>
          {detail.cancellationMessage ?? "You can't book this session online. Try another session."}
        </Alert>
      ) : null}
      {usable.length > 0 ? (
        <BookBar
          price={
            <>
              {barPrice(usable.map((o) => ({ price: o.price, currency: o.currency })))}
              {paid(usable) ? <MemberPricesNote /> : null}
            </>
          }
          policy={barPolicy(usable)}
          action={<VisitorBookLink />}
        />
      ) : null}
      <WhenWhere id="when-where" footer={detail.description ? <p className="mt-3 text-sm">{detail.description}</p> : null}>
        <FactRow label="When">
          {formatDateTimeRange(detail.startDate, detail.endDate)}
          {duration ? ` (${duration})` : ""}
        </FactRow>
        {venue ? <WhereRow venue={venue} /> : null}
        {detail.seller?.name ? <FactRow label="Organiser">{detail.seller.name}</FactRow> : null}
        <FactRow label="Who for" testId="who-for">
          {describeAgeRange(ages.min, ages.max)}
        </FactRow>
        {detail.remaining !== undefined ? (
          <FactRow label="Spaces">{detail.remaining === 0 ? "Full" : `${detail.remaining} left`}</FactRow>
        ) : null}
      </WhenWhere>
      <DataAttribution sources={[detail.source]} className="mt-2" />
      <OfferList
        kind="session"
        item={detail}
        customer={{ linkedSellerIds: [] }}
        price={(offer) => (
          <p className="mt-1 text-base">
            <span className="font-semibold">{formatPrice(offer.price, offer.currency) || "Price on request"}</span>
          </p>
        )}
        unbookable={(refusal) => ({
          reason: refusal.linkSellers
            ? `Members only: sign in and link your ${detail.seller?.name ?? "organiser"} account.`
            : refusal.reason,
        })}
        action={() => null}
      />
      {usable.length > 0 ? (
        <VisitorBookChoice back={back} guestCheckoutUrl={guestCheckoutUrl(detail.checkoutUrlTemplate, sessionId)} />
      ) : null}
    </article>
  );
}

async function CustomerSessionPage({ user, sessionId, from }: { user: PortalUser; sessionId: string; from?: string | string[] }) {
  // Independent reads in parallel; the customer's accounts and age only refine what is shown.
  // The family members (a database read) load beside imin's answers.
  const membersRead = listHouseholdMembers(user.id);
  membersRead.catch(() => undefined);
  const customerRead = readBookingCustomer(user.iminCustomerId);
  const [detailResult] = await Promise.allSettled([getSessionDetail(sessionId)]);
  if (detailResult.status === "rejected") return <LoadFailed from={from} error={detailResult.reason} />;
  let detail = detailResult.value;
  // Cancelled or no longer listed: the not-found page, answered 410 Gone (scripts/gone-status.mjs).
  if (!detail || sessionGone(detail)) notFound();
  // Who already has a place (and an unfinished booking for several people) beside the customer's facts.
  const placesRead = placesAndPlan(user, detail);
  placesRead.catch(() => undefined);
  const customer = await customerRead;
  const { accounts, linkedSellerIds, profile } = customer;
  // Entitlement prices: only worth a second read when the customer is linked with this organiser.
  if (accounts?.entitlementFilter && detail.seller?.id && linkedSellerIds?.includes(detail.seller.id)) {
    detail = (await getSessionDetail(sessionId, accounts.entitlementFilter).catch(() => null)) ?? detail;
  }
  // A customer with family members chooses who is coming; one without sees the single Book Now.
  const [people, { places, openPlan }] = await Promise.all([householdPeople(user, profile ?? {}, membersRead), placesRead]);
  const options = people.length > 0 && detail.bookable ? whoIsComing(detail, people, linkedSellerIds, places) : undefined;
  const nextStep = openPlan ? openPlan.steps.findIndex((s) => !s.completedAt) : -1;
  const venue = detail.venue;
  const duration = formatDuration(detail.startDate, detail.endDate ?? null);

  // Who holds a place already: the customer, and any family member.
  const placed = (people.length > 0 ? people : [{ iminCustomerId: user.iminCustomerId, givenName: "You", isHolder: true }]).filter((p) =>
    places?.has(p.iminCustomerId),
  );
  const holderPlaced = placed.some((p) => p.isHolder);

  // The decision: what there is to book, its price and cancellation policy, and Book.
  const choices = offerChoices(detail, customer);
  const usable = choices.filter((c): c is Extract<OfferChoice, { eligibility: { ok: true } }> => c.eligibility.ok);
  const suitable = options?.filter((o): o is Extract<PersonOption, { suitable: true }> => o.suitable) ?? [];
  const familyOfferIds = new Set(suitable.flatMap((o) => o.tickets.map((t) => t.offerId)));
  const openToFamily = (offer: OfferView) => familyOfferIds.has(offer.id ?? "") || familyOfferIds.has(offer.entitlement?.id ?? "");
  const single = !options && !holderPlaced && usable.length === 1 ? usable[0] : undefined;
  let bar: { price: string; policy?: string; action: ReactNode } | undefined;
  if (options && suitable.length > 0) {
    bar = {
      price: barPrice(
        suitable.flatMap((o) => o.tickets),
        " a person",
      ),
      policy: barPolicy(detail.offers.filter(openToFamily)),
      action: <BookLink href="#who-is-coming" label="Book: choose who is coming" />,
    };
  } else if (!options && !holderPlaced && usable.length > 0) {
    bar = {
      price: barPrice(
        usable.map(({ offer }) => ({ price: unitPrice(offer), currency: offer.currency, entitlement: !!offer.entitlement?.id })),
      ),
      policy: barPolicy(usable.map((c) => c.offer)),
      action: single ? (
        <BookNowForm
          action={bookNow}
          fields={{ sessionId, offerId: single.eligibility.offerId, entitlement: single.eligibility.entitlement ? "1" : "0" }}
          label={`Book now: ${single.offer.name} ticket`}
          text="Book"
          size="large"
        />
      ) : (
        <BookLink href="#tickets" label="Book: choose a ticket" />
      ),
    };
  }
  const ages = ticketsAgeRange(detail.offers) ?? { min: detail.ageMin, max: detail.ageMax };

  return (
    <article className="flex flex-col">
      <BackToSearch from={from} />
      <h1 className="text-2xl font-bold tracking-tight">{detail.name}</h1>
      {detail.activity ? <p className="mt-1 text-gray-800">{detail.activity}</p> : null}

      {placed.length > 0 ? (
        <Alert tone="success" className="mt-4" title={holderPlaced ? "You have a place" : `${placed[0]!.givenName} has a place`}>
          <p data-testid="has-place">
            {placed.length > 1 ? `${capitalise(namesOf(placed))} have places on this session. ` : null}
            <Link href="/bookings" className="font-semibold text-link underline underline-offset-4">
              See your bookings
            </Link>
          </p>
        </Alert>
      ) : null}

      {!detail.bookable ? (
        <Alert tone="warning" className="mt-4" title={`Not bookable: ${detail.reason ?? "not bookable online"}`}>
          {detail.cancellationMessage ?? "You can't book this session online. Try another session."}
        </Alert>
      ) : null}

      {openPlan && nextStep >= 0 ? (
        <Alert tone="info" className="mt-4" title="Your booking for several people is not finished">
          <p>
            {stepLabel(openPlan.steps[nextStep]!, nextStep, openPlan.steps.length)} is still to book.{" "}
            <Link href={groupBookingPath(openPlan)} className="font-semibold text-link underline underline-offset-4">
              Continue: {nextStep + 1} of {openPlan.steps.length}
            </Link>
          </p>
        </Alert>
      ) : null}

      {bar ? <BookBar price={bar.price} policy={bar.policy} action={bar.action} /> : null}

      <WhenWhere id="when-where" footer={detail.description ? <p className="mt-3 text-sm">{detail.description}</p> : null}>
        <FactRow label="When">
          {formatDateTimeRange(detail.startDate, detail.endDate)}
          {duration ? ` (${duration})` : ""}
        </FactRow>
        {venue ? <WhereRow venue={venue} /> : null}
        {detail.seller?.name ? <FactRow label="Organiser">{detail.seller.name}</FactRow> : null}
        <FactRow label="Who for" testId="who-for">
          {describeAgeRange(ages.min, ages.max)}
        </FactRow>
        {detail.remaining !== undefined ? (
          <FactRow label="Spaces">{detail.remaining === 0 ? "Full" : `${detail.remaining} left`}</FactRow>
        ) : null}
      </WhenWhere>
      <DataAttribution sources={[detail.source]} className="mt-2" />

      <OfferList
        kind="session"
        item={detail}
        customer={customer}
        openToOthers={options ? openToFamily : undefined}
        price={(offer) => {
          const ent = offer.entitlement?.price !== undefined ? offer.entitlement : undefined;
          return (
            <p className="mt-1 text-base">
              {ent ? (
                <>
                  <span className="font-semibold">
                    Your price {formatPrice(ent.price, offer.currency)}
                    {ent.indicative ? " (indicative)" : ""}
                  </span>{" "}
                  <span className="text-sm text-gray-700">
                    with your entitlement{ent.name ? ` (${ent.name})` : ""}; usual price <s>{formatPrice(offer.price, offer.currency)}</s>
                  </span>
                </>
              ) : (
                <span className="font-semibold">{formatPrice(offer.price, offer.currency) || "Price on request"}</span>
              )}
            </p>
          );
        }}
        action={(offer, eligibility) =>
          // With family members, "Who is coming?" below books instead; one ticket is booked from the bar.
          options || single || holderPlaced ? null : (
            <BookNowForm
              action={bookNow}
              fields={{ sessionId, offerId: eligibility.offerId, entitlement: eligibility.entitlement ? "1" : "0" }}
              label={`Book now: ${offer.name} ticket`}
            />
          )
        }
      />

      {options ? (
        <section id="who-is-coming" aria-label="Who is coming" className="mt-6 scroll-mt-4">
          <WhoIsComing
            action={startGroupBooking}
            sessionId={sessionId}
            nonce={randomUUID()}
            people={options.map(personRow)}
            remaining={detail.remaining}
          />
        </section>
      ) : null}
    </article>
  );
}

const capitalise = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

function personRow(option: PersonOption): PersonRow {
  const { person } = option;
  const name = [person.givenName, person.familyName].filter(Boolean).join(" ");
  return {
    key: person.key,
    label: person.isHolder ? `You (${name})` : name,
    ageText: option.age !== undefined ? `${option.age} on the day` : undefined,
    reason: option.suitable ? undefined : option.reason,
    tickets: option.suitable
      ? option.tickets.map((t) => ({
          offerId: t.offerId,
          text: `${t.offerName}: ${formatPrice(t.price, t.currency) || "price on request"}${t.entitlement ? ` (your entitlement price${t.indicative ? ", indicative" : ""})` : ""}`,
          price: t.price,
          currency: t.currency,
        }))
      : [],
    defaultOfferId: option.suitable ? option.defaultOfferId : undefined,
  };
}
