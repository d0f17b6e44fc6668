import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BookBar, BookLink } from "../../_components/book-bar";
import { BookNowForm } from "../../_components/book-now-form";
import { type OfferChoice, OfferList, offerChoices, ticketsAgeRange } from "../../_components/offer-list";
import { FactRow, WhenWhere, WhereRow } from "../../_components/when-where";
import { MemberPricesNote, VisitorBookChoice, VisitorBookLink } from "../../_components/visitor-book";
import { BackToSearch } from "../_components/back-to-search";
import { type PersonRow, WhoIsComing } from "../_components/who-is-coming";
import {
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
import { unbookableKind } from "@/lib/book/eligibility";
import { ageRangeText, cancelPolicy, iminErrorText, refusalText, sellerValues, type Words } from "@/lib/book/offer-words";
import { DataAttribution } from "@/components/attribution";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser, type PortalUser } from "@/lib/auth/current-user";
import { formatDateTimeRange, formatDuration, formatPrice } from "@/lib/format";
import { namesOf, type PersonOption, personProblemText, stepLabel } from "@/lib/group-booking/plan";
import { intlLocale } from "@/lib/i18n/locales";
import { bookNow } from "../actions";
import { SessionJsonLd, sessionGone } from "./page-head";

export { generateMetadata } from "./page-head";

type Params = Promise<{ sessionId: string }>;
type SearchParams = Promise<{ from?: string | string[] }>;

/** What one place costs this customer: their entitlement price when they have one. */
const unitPrice = (offer: OfferView) => (offer.entitlement?.price !== undefined ? offer.entitlement.price : offer.price);

/** The page's words: the root translator (lib's words take whole keys) and the page's `Intl` locale. */
async function pageWords(): Promise<{ t: Words; locale: string }> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return { t: t as unknown as Words, locale: intlLocale(locale) };
}

/** "£6.50", "From £3.00" (several prices), "Your price £4.90" (an entitlement price); "… a person" for a group. */
function barPrice(
  t: Words,
  locale: string,
  prices: { price?: number; currency: string; entitlement?: boolean }[],
  perPerson = false,
): string {
  const known = prices.filter((p) => p.price !== undefined).sort((a, b) => a.price! - b.price!);
  const cheapest = known[0];
  if (!cheapest) return t("session.bar.priceOnRequest");
  const price = formatPrice(cheapest.price, cheapest.currency, locale);
  const several = new Set(known.map((p) => p.price)).size > 1;
  const kind = several ? "from" : cheapest.entitlement ? "yours" : "one";
  return t(perPerson ? "session.bar.pricePerPerson" : "session.bar.price", { kind, price });
}

/** The cancellation policy of the tickets on offer, when they share one; else the cheapest one's. */
function barPolicy(t: Words, offers: OfferView[]): string | undefined {
  if (offers.length === 0) return undefined;
  const cheapest = [...offers].sort((a, b) => (unitPrice(a) ?? Infinity) - (unitPrice(b) ?? Infinity))[0]!;
  const policies = new Set(offers.map((o) => cancelPolicy(t, o.cancelMinutesBefore)));
  const policy = cancelPolicy(t, cheapest.cancelMinutesBefore);
  return policies.size > 1 ? t("session.bar.policyDiffers", { policy, ticket: cheapest.name }) : policy;
}

/** A customer's view (their prices, family and places), or a visitor's: what imin shows everyone. */
export default async function SessionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [user, { sessionId }, { from }] = await Promise.all([getCurrentUser(), params, searchParams]);
  if (!user) return <VisitorSessionPage sessionId={sessionId} from={from} />;
  return <CustomerSessionPage user={user} sessionId={sessionId} from={from} />;
}

async function LoadFailed({ from, error }: { from?: string | string[]; error: unknown }) {
  const { t } = await pageWords();
  const message = error instanceof IminError ? iminErrorText(t, error) : t("session.loadFailed");
  return (
    <>
      <BackToSearch from={from} />
      <h1 className="mb-4 text-2xl font-bold">{t("session.title")}</h1>
      <Alert tone="error">{message}</Alert>
    </>
  );
}

/** The "When and where" rows both views share: when (and how long), where, organiser, who for, spaces. */
function SessionFacts({ t, locale, detail }: { t: Words; locale: string; detail: SessionDetailView }) {
  const duration = formatDuration(detail.startDate, detail.endDate ?? null, locale);
  const ages = ticketsAgeRange(detail.offers) ?? { min: detail.ageMin, max: detail.ageMax };
  return (
    <WhenWhere id="when-where" footer={detail.description ? <p className="mt-3 text-sm">{detail.description}</p> : null}>
      <FactRow label={t("session.facts.when")}>
        {formatDateTimeRange(detail.startDate, detail.endDate, undefined, locale)}
        {duration ? ` (${duration})` : ""}
      </FactRow>
      {detail.venue ? <WhereRow venue={detail.venue} /> : null}
      {detail.seller?.name ? (
        <FactRow label={t("session.facts.organiser")} testId="organiser">
          {detail.seller.name}
        </FactRow>
      ) : null}
      <FactRow label={t("session.facts.whoFor")} testId="who-for">
        {ageRangeText(t, ages.min, ages.max)}
      </FactRow>
      {detail.remaining !== undefined ? (
        <FactRow label={t("session.facts.spaces")}>
          {detail.remaining === 0 ? t("session.facts.full") : t("session.facts.spacesLeft", { count: detail.remaining })}
        </FactRow>
      ) : null}
    </WhenWhere>
  );
}

type SessionDetailView = NonNullable<Awaited<ReturnType<typeof getPublicSessionDetail>>>;

/** Not bookable: why (the organiser's own message when there is one, as sent). */
function NotBookable({ t, detail }: { t: Words; detail: SessionDetailView }) {
  return (
    <Alert
      tone="warning"
      className="mt-4"
      title={t("session.notBookable.title", { reason: t("session.reason", { kind: unbookableKind(detail) }) })}
    >
      {detail.cancellationMessage ?? t("session.notBookable.body")}
    </Alert>
  );
}

/**
 * A signed-out visitor's view: imin's data as its search shows everyone (one read shared by every
 * visitor for a short while), standard prices with "Member prices after you sign in" where a
 * price is charged, and Book as a choice of creating an account or signing in (or guest checkout).
 */
async function VisitorSessionPage({ sessionId, from }: { sessionId: string; from?: string | string[] }) {
  const [[detailResult], { t, locale }] = await Promise.all([Promise.allSettled([getPublicSessionDetail(sessionId)]), pageWords()]);
  if (detailResult.status === "rejected") return <LoadFailed from={from} error={detailResult.reason} />;
  const detail = detailResult.value;
  // Cancelled or no longer listed: the not-found page, answered 410 Gone (scripts/gone-status.mjs).
  if (!detail || sessionGone(detail)) notFound();
  // Nobody's memberships are known: a members-only ticket is refused as for a customer without the link.
  const choices = offerChoices(detail, { linkedSellerIds: [] });
  const usable = choices.filter((c) => c.eligibility.ok).map((c) => c.offer);
  const paid = (offers: OfferView[]) => offers.some((o) => (o.price ?? 0) > 0);
  const back = `/book/${encodeURIComponent(sessionId)}`;
  const closed = unbookableKind(detail);
  return (
    <article className="flex flex-col">
      <SessionJsonLd sessionId={sessionId} detail={detail} />
      <BackToSearch from={from} />
      <h1 className="text-2xl font-bold tracking-tight">{detail.name}</h1>
      {detail.activity ? <p className="mt-1 text-gray-800">{detail.activity}</p> : null}
      {!detail.bookable ? <NotBookable t={t} detail={detail} /> : null}
      {usable.length > 0 ? (
        <BookBar
          price={
            <>
              {barPrice(
                t,
                locale,
                usable.map((o) => ({ price: o.price, currency: o.currency })),
              )}
              {paid(usable) ? <MemberPricesNote /> : null}
            </>
          }
          policy={barPolicy(t, usable)}
          action={<VisitorBookLink />}
        />
      ) : null}
      <SessionFacts t={t} locale={locale} detail={detail} />
      <DataAttribution sources={[detail.source]} className="mt-2" />
      <OfferList
        kind="session"
        item={detail}
        customer={{ linkedSellerIds: [] }}
        price={(offer) => (
          <p className="mt-1 text-base">
            <span className="font-semibold">{formatPrice(offer.price, offer.currency, locale) || t("session.bar.priceOnRequest")}</span>
          </p>
        )}
        unbookable={(refusal) => ({
          reason:
            refusal.refusal.code === "membersOnly"
              ? t("session.refusal.membersOnlySignIn", sellerValues(detail.seller?.name))
              : refusalText(t, refusal.refusal, closed),
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
  const [[detailResult], { t, locale }] = await Promise.all([Promise.allSettled([getSessionDetail(sessionId)]), pageWords()]);
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
  const closed = unbookableKind(detail);

  // Who holds a place already: the customer, and any family member.
  const placed = (people.length > 0 ? people : [{ iminCustomerId: user.iminCustomerId, givenName: "", isHolder: true }]).filter((p) =>
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
        t,
        locale,
        suitable.flatMap((o) => o.tickets),
        true,
      ),
      policy: barPolicy(t, detail.offers.filter(openToFamily)),
      action: <BookLink href="#who-is-coming" label={t("session.bar.chooseWho")} />,
    };
  } else if (!options && !holderPlaced && usable.length > 0) {
    bar = {
      price: barPrice(
        t,
        locale,
        usable.map(({ offer }) => ({ price: unitPrice(offer), currency: offer.currency, entitlement: !!offer.entitlement?.id })),
      ),
      policy: barPolicy(
        t,
        usable.map((c) => c.offer),
      ),
      action: single ? (
        <BookNowForm
          action={bookNow}
          fields={{ sessionId, offerId: single.eligibility.offerId, entitlement: single.eligibility.entitlement ? "1" : "0" }}
          label={t("session.bookNowTicket", { ticket: single.offer.name })}
          text={t("session.bar.book")}
          pendingText={t("session.openingCheckout")}
          size="large"
        />
      ) : (
        <BookLink href="#tickets" label={t("session.bar.chooseTicket")} />
      ),
    };
  }

  return (
    <article className="flex flex-col">
      <BackToSearch from={from} />
      <h1 className="text-2xl font-bold tracking-tight">{detail.name}</h1>
      {detail.activity ? <p className="mt-1 text-gray-800">{detail.activity}</p> : null}

      {placed.length > 0 ? (
        <Alert
          tone="success"
          className="mt-4"
          title={holderPlaced ? t("session.place.youHave") : t("session.place.hasPlace", { name: placed[0]!.givenName })}
        >
          <p data-testid="has-place">
            {placed.length > 1 ? `${capitalise(t("session.place.havePlaces", { names: namesOf(placed, t) }), locale)} ` : null}
            <Link href="/bookings" className="font-semibold text-link underline underline-offset-4">
              {t("session.place.seeBookings")}
            </Link>
          </p>
        </Alert>
      ) : null}

      {!detail.bookable ? <NotBookable t={t} detail={detail} /> : null}

      {openPlan && nextStep >= 0 ? (
        <Alert tone="info" className="mt-4" title={t("session.openPlan.title")}>
          <p>
            {t("session.openPlan.stillToBook", {
              step: stepLabel(openPlan.steps[nextStep]!, nextStep, openPlan.steps.length, t),
            })}{" "}
            <Link href={groupBookingPath(openPlan)} className="font-semibold text-link underline underline-offset-4">
              {t("session.openPlan.continue", { next: nextStep + 1, total: openPlan.steps.length })}
            </Link>
          </p>
        </Alert>
      ) : null}

      {bar ? <BookBar price={bar.price} policy={bar.policy} action={bar.action} /> : null}

      <SessionFacts t={t} locale={locale} detail={detail} />
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
                    {t("session.price.yours", {
                      price: formatPrice(ent.price, offer.currency, locale),
                      indicative: ent.indicative ? "yes" : "no",
                    })}
                  </span>{" "}
                  <span className="text-sm text-gray-700">
                    {(t as unknown as RichWords).rich("session.price.entitlement", {
                      hasName: ent.name ? "yes" : "no",
                      name: ent.name ?? "",
                      price: formatPrice(offer.price, offer.currency, locale),
                      s: (chunks) => <s>{chunks}</s>,
                    })}
                  </span>
                </>
              ) : (
                <span className="font-semibold">{formatPrice(offer.price, offer.currency, locale) || t("session.bar.priceOnRequest")}</span>
              )}
            </p>
          );
        }}
        unbookable={(refusal) => ({ reason: refusalText(t, refusal.refusal, closed), linkSellers: refusal.linkSellers })}
        action={(offer, eligibility) =>
          // With family members, "Who is coming?" below books instead; one ticket is booked from the bar.
          options || single || holderPlaced ? null : (
            <BookNowForm
              action={bookNow}
              fields={{ sessionId, offerId: eligibility.offerId, entitlement: eligibility.entitlement ? "1" : "0" }}
              label={t("session.bookNowTicket", { ticket: offer.name })}
              text={t("session.bookNow")}
              pendingText={t("session.openingCheckout")}
            />
          )
        }
      />

      {options ? (
        <section id="who-is-coming" aria-label={t("session.whoIsComing.section")} className="mt-6 scroll-mt-4">
          {/* The form's own words (totals, plurals, its errors) are translated in the browser. */}
          <ClientMessages pick={["session.whoIsComing"]}>
            <WhoIsComing
              action={startGroupBooking}
              sessionId={sessionId}
              nonce={randomUUID()}
              people={options.map((o) => personRow(t, locale, o))}
              remaining={detail.remaining}
            />
          </ClientMessages>
        </section>
      ) : null}
    </article>
  );
}

type RichWords = { rich: (key: string, values: Record<string, string | number | ((chunks: ReactNode) => ReactNode)>) => ReactNode };

const capitalise = (s: string, locale: string) => `${s.charAt(0).toLocaleUpperCase(locale)}${s.slice(1)}`;

function personRow(t: Words, locale: string, option: PersonOption): PersonRow {
  const { person } = option;
  const name = [person.givenName, person.familyName].filter(Boolean).join(" ");
  return {
    key: person.key,
    label: person.isHolder ? t("session.person.you", { name }) : name,
    ticketLabel: person.isHolder ? t("session.person.ticketForYou") : t("session.person.ticketFor", { name }),
    ageText: option.age !== undefined ? t("session.person.ageOnDay", { age: option.age }) : undefined,
    reason: option.suitable ? undefined : personProblemText(t, option),
    tickets: option.suitable
      ? option.tickets.map((ticket) => ({
          offerId: ticket.offerId,
          text: t("session.person.ticket", {
            ticket: ticket.offerName,
            price: formatPrice(ticket.price, ticket.currency, locale) || t("session.person.priceOnRequest"),
            entitlement: ticket.entitlement ? (ticket.indicative ? "indicative" : "yes") : "no",
          }),
          price: ticket.price,
          currency: ticket.currency,
        }))
      : [],
    defaultOfferId: option.suitable ? option.defaultOfferId : undefined,
  };
}
