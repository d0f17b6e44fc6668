import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BookNowForm } from "../../../_components/book-now-form";
import { CancelPlacesForm } from "../../_components/cancel-places-form";
import { cancelEarlierPlaces, chooseAgain, continueGroupBooking } from "../../group-actions";
import { DataAttribution } from "@/components/attribution";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { iminErrorText, type Words } from "@/lib/book/offer-words";
import { formatDateTime, formatPrice } from "@/lib/format";
import { stepLabel } from "@/lib/group-booking/plan";
import { intlLocale } from "@/lib/i18n/locales";
import { getGroupBooking, groupOutlook, IminError, reconcileGroupBooking, stepProblem } from "../../data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groupBooking");
  return { title: t("title") };
}

type Params = Promise<{ sessionId: string; planId: string }>;
type SearchParams = Promise<{ cancelled?: string }>;

/** "Both payments went through", "All 3 payments went through", "The payment went through". */
const allPaid = (t: Words, total: number) => (total === 2 ? t("groupBooking.done.both") : t("groupBooking.done.paid", { count: total }));

/**
 * A group booking's steps (one checkout per ticket): what it costs, what is booked, what is next.
 * imin's "Back to" link returns here after each payment ("View my bookings" goes to /bookings); the
 * page records the step from imin's own order items. When the next step can't be booked any more
 * (sold out), it says so and offers to cancel the places already booked.
 */
export default async function GroupBookingPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [user, { sessionId, planId }, { cancelled }, tAll, lang] = await Promise.all([
    requireUser(),
    params,
    searchParams,
    getTranslations(),
    getLocale(),
  ]);
  const t = tAll as unknown as Words;
  const locale = intlLocale(lang);
  const plan = await getGroupBooking(user.id, planId);
  if (!plan || plan.sessionId !== sessionId) notFound();
  let readError: string | undefined;
  const [placesResult, outlookResult] = await Promise.allSettled([reconcileGroupBooking(user, plan), groupOutlook(user, plan)]);
  for (const result of [placesResult, outlookResult]) {
    if (result.status === "rejected") {
      if (!(result.reason instanceof IminError)) throw result.reason;
      readError = t("groupBooking.readError", { reason: iminErrorText(t, result.reason) });
    }
  }
  const held = placesResult.status === "fulfilled" ? placesResult.value : undefined;
  const outlook = outlookResult.status === "fulfilled" ? outlookResult.value : undefined;
  const total = plan.steps.length;
  const label = (step: (typeof plan.steps)[number], i: number) => stepLabel(step, i, total, t);
  const next = plan.steps.findIndex((s) => !s.completedAt);
  const started = plan.steps.some((s) => s.completedAt || s.checkoutStartedAt);
  const continueText = started
    ? t("groupBooking.continue", { next: next + 1, total })
    : total > 1
      ? t("groupBooking.goToCheckoutOf", { total })
      : t("groupBooking.goToCheckout");
  // A booked step whose places are no longer held was cancelled since (here, or on /bookings).
  const stillHeld = (step: (typeof plan.steps)[number]) => !held || step.attendees.every((a) => held.has(a.iminCustomerId));
  const booked = plan.steps.filter((s) => s.completedAt && stillHeld(s));
  const people = plan.steps.reduce((n, s) => n + s.attendees.length, 0);
  const stepPrice = (step: (typeof plan.steps)[number]) => {
    const unit = outlook?.unitPrices.get(step.id);
    return unit === undefined ? undefined : unit * step.attendees.length;
  };
  const prices = plan.steps.map(stepPrice);
  const sum = prices.every((p) => p !== undefined) ? prices.reduce((a: number, p) => a + p!, 0) : undefined;
  const currency = outlook?.currency ?? "GBP";
  const money = (amount: number) => formatPrice(amount, currency, locale);
  const problem = next !== -1 && !plan.abandonedAt && outlook ? stepProblem(outlook, plan.steps[next]!, t) : undefined;
  const bookedPlaces = booked.reduce((n, s) => n + s.attendees.length, 0);
  const cancelledCount = cancelled && /^\d{1,3}$/.test(cancelled) ? Number(cancelled) : undefined;

  return (
    <article>
      <p className="mb-2 text-sm">
        <Link
          href={`/book/${encodeURIComponent(sessionId)}`}
          className="inline-flex min-h-11 items-center text-link underline underline-offset-4"
        >
          {t("groupBooking.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight">{t("groupBooking.title")}</h1>
      <p className="mt-1 text-gray-800">
        {plan.sessionName}, {formatDateTime(plan.startDate, undefined, locale)}
      </p>
      <DataAttribution sources={[outlook?.source]} className="mt-1" />
      {readError ? (
        <Alert tone="warning" className="mt-4">
          {readError}
        </Alert>
      ) : null}
      {cancelledCount !== undefined ? (
        <Alert
          tone="success"
          className="mt-4"
          title={cancelledCount > 0 ? t("groupBooking.cancelled.title") : t("groupBooking.cancelled.nothingTitle")}
        >
          {cancelledCount > 0 ? t("groupBooking.cancelled.body", { count: cancelledCount }) : t("groupBooking.cancelled.nothing")}
        </Alert>
      ) : next === -1 ? (
        <Alert tone="success" className="mt-4" title={t("groupBooking.done.title")}>
          <p>
            {allPaid(t, total)}{" "}
            <Link href="/bookings" className="font-semibold text-link underline underline-offset-4">
              {t("groupBooking.done.view")}
            </Link>
          </p>
        </Alert>
      ) : plan.abandonedAt ? (
        <Alert tone="info" className="mt-4">
          {t("groupBooking.abandoned")}
        </Alert>
      ) : problem ? (
        <Alert tone="warning" className="mt-4" title={t("groupBooking.problem.title", { step: label(plan.steps[next]!, next) })}>
          <p data-testid="group-problem">{problem}</p>
          {booked.length > 0 ? (
            <>
              <p className="mt-2">
                {t("groupBooking.problem.alreadyBooked", {
                  steps: booked.map((s) => label(s, plan.steps.indexOf(s))).join("; "),
                  stepCount: booked.length === 1 ? "one" : "other",
                  placeCount: bookedPlaces === 1 ? "one" : "other",
                })}
              </p>
              <CancelPlacesForm
                action={cancelEarlierPlaces}
                planId={plan.id}
                text={t("groupBooking.problem.cancelPlaces", { count: bookedPlaces })}
                pendingText={t("groupBooking.problem.cancelling")}
              />
            </>
          ) : null}
        </Alert>
      ) : (
        <div className="mt-4" data-testid="group-summary">
          {sum !== undefined ? (
            <p className="text-lg font-semibold">
              {t("groupBooking.summary.total", { people, amount: sum === 0 ? t("groupBooking.free") : money(sum), payments: total })}
            </p>
          ) : null}
          <p className="mt-1">{total > 1 ? t("groupBooking.summary.steps", { count: total }) : t("groupBooking.summary.oneCheckout")}</p>
        </div>
      )}

      <ol className="mt-6 space-y-3" aria-label={t("groupBooking.checkouts")}>
        {plan.steps.map((step, i) => {
          const price = prices[i];
          return (
            <li key={step.id} className="rounded-lg border border-gray-300 bg-white p-4" data-testid="group-step">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <p className="font-semibold">
                  {label(step, i)}
                  {price !== undefined ? (
                    <span className="font-normal">: {price === 0 ? t("groupBooking.free") : money(price)}</span>
                  ) : null}
                </p>
                <p className="text-sm">
                  {step.completedAt && !stillHeld(step) ? (
                    <span className="font-semibold">{t("groupBooking.status.cancelled")}</span>
                  ) : step.completedAt ? (
                    <span className="font-semibold text-green-800">{t("groupBooking.status.booked")}</span>
                  ) : i === next ? (
                    <span>{t("groupBooking.status.next")}</span>
                  ) : (
                    <span>{t("groupBooking.status.todo")}</span>
                  )}
                </p>
              </div>
              {step.completedAt && step.orderId ? (
                <p className="mt-1 text-sm">
                  <Link href={`/orders/${encodeURIComponent(step.orderId)}`} className="text-link underline underline-offset-4">
                    {t("groupBooking.viewOrder")}
                    <span className="sr-only"> {t("groupBooking.viewOrderFor", { step: label(step, i) })}</span>
                  </Link>
                </p>
              ) : null}
              {i === next && !plan.abandonedAt && !problem ? (
                <div className="mt-3">
                  <BookNowForm
                    action={continueGroupBooking}
                    fields={{ planId: plan.id }}
                    label={continueText}
                    text={continueText}
                    pendingText={t("session.openingCheckout")}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>

      {next !== -1 && !plan.abandonedAt ? (
        <form action={chooseAgain} className="mt-6">
          <input type="hidden" name="planId" value={plan.id} />
          <p className="mb-2 text-sm text-gray-800">{t("groupBooking.chooseAgain.hint")}</p>
          <Button type="submit" variant="secondary" className="min-h-11">
            {t("groupBooking.chooseAgain.button")}
          </Button>
        </form>
      ) : null}
    </article>
  );
}
