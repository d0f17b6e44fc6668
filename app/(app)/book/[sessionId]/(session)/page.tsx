import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { BookNowForm } from "../../_components/book-now-form";
import { OfferList } from "../../_components/offer-list";
import { FactRow, WhenWhere, WhereRow } from "../../_components/when-where";
import { type PersonRow, WhoIsComing } from "../_components/who-is-coming";
import { getSessionDetail, groupBookingPath, householdPeople, listHouseholdMembers, whoIsComing } from "../data";
import { startGroupBooking } from "../group-actions";
import { readBookingCustomer } from "../../data";
import { describeAgeRange } from "@/lib/book/eligibility";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTimeRange, formatDuration, formatPrice } from "@/lib/format";
import { type PersonOption, stepLabel } from "@/lib/group-booking/plan";
import { IminError } from "@/lib/imin/errors";
import { bookNow } from "../actions";

export const metadata: Metadata = { title: "Session details" };

type Params = Promise<{ sessionId: string }>;

export default async function SessionPage({ params }: { params: Params }) {
  const [user, { sessionId }] = await Promise.all([requireUser(), params]);
  // Independent reads in parallel; the customer's accounts and age only refine what is shown.
  // The family members (a database read) load beside imin's answers.
  const membersRead = listHouseholdMembers(user.id);
  membersRead.catch(() => undefined);
  const customerRead = readBookingCustomer(user.iminCustomerId);
  const [detailResult] = await Promise.allSettled([getSessionDetail(sessionId)]);
  if (detailResult.status === "rejected") {
    const message = detailResult.reason instanceof IminError ? detailResult.reason.customerMessage : "This session could not be loaded.";
    return (
      <>
        <h1 className="mb-4 text-2xl font-bold">Session details</h1>
        <Alert tone="error">{message}</Alert>
        <p className="mt-4">
          <Link href="/book" className="text-link underline underline-offset-4">
            Back to search
          </Link>
        </p>
      </>
    );
  }
  let detail = detailResult.value;
  if (!detail) notFound();
  const customer = await customerRead;
  const { accounts, linkedSellerIds, profile } = customer;
  // Entitlement prices: only worth a second read when the customer is linked with this organiser.
  if (accounts?.entitlementFilter && detail.seller?.id && linkedSellerIds?.includes(detail.seller.id)) {
    detail = (await getSessionDetail(sessionId, accounts.entitlementFilter).catch(() => null)) ?? detail;
  }
  // A customer with family members chooses who is coming; one without sees the single Book Now.
  const people = await householdPeople(user, profile ?? {}, membersRead);
  const household =
    people.length > 0 && detail.bookable ? await whoIsComing(user, detail, people, linkedSellerIds).catch(() => undefined) : undefined;
  const openPlan = household?.openPlan;
  const nextStep = openPlan ? openPlan.steps.findIndex((s) => !s.completedAt) : -1;
  const venue = detail.venue;
  const duration = formatDuration(detail.startDate, detail.endDate ?? null);

  return (
    <article>
      <p className="mb-2 text-sm">
        <Link href="/book" className="text-link underline underline-offset-4">
          Back to search
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight">{detail.name}</h1>
      {detail.activity ? <p className="mt-1 text-gray-800">{detail.activity}</p> : null}

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

      <WhenWhere id="when-where" footer={detail.description ? <p className="mt-3 text-sm">{detail.description}</p> : null}>
        <FactRow label="When">
          {formatDateTimeRange(detail.startDate, detail.endDate)}
          {duration ? ` (${duration})` : ""}
        </FactRow>
        {venue ? <WhereRow venue={venue} /> : null}
        {detail.seller?.name ? <FactRow label="Organiser">{detail.seller.name}</FactRow> : null}
        <FactRow label="Who for">{describeAgeRange(detail.ageMin, detail.ageMax)}</FactRow>
        {detail.remaining !== undefined ? (
          <FactRow label="Spaces">{detail.remaining === 0 ? "Full" : `${detail.remaining} left`}</FactRow>
        ) : null}
      </WhenWhere>

      <OfferList
        kind="session"
        item={detail}
        customer={customer}
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
          // With family members, "Who is coming?" below books instead.
          household ? null : (
            <BookNowForm
              action={bookNow}
              fields={{ sessionId, offerId: eligibility.offerId, entitlement: eligibility.entitlement ? "1" : "0" }}
              label={`Book now: ${offer.name} ticket`}
            />
          )
        }
      />

      {household ? (
        <section aria-label="Who is coming" className="mt-6">
          <WhoIsComing
            action={startGroupBooking}
            sessionId={sessionId}
            nonce={randomUUID()}
            people={household.options.map(personRow)}
            remaining={detail.remaining}
          />
        </section>
      ) : null}
    </article>
  );
}

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
        }))
      : [],
    defaultOfferId: option.suitable ? option.defaultOfferId : undefined,
  };
}
