import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookNowForm } from "../../../_components/book-now-form";
import { CancelPlacesForm } from "../../_components/cancel-places-form";
import { cancelEarlierPlaces, chooseAgain, continueGroupBooking } from "../../group-actions";
import { DataAttribution } from "@/components/attribution";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime, formatPrice } from "@/lib/format";
import { stepLabel } from "@/lib/group-booking/plan";
import { getGroupBooking, groupOutlook, IminError, reconcileGroupBooking, stepProblem } from "../../data";

export const metadata: Metadata = { title: "Booking for several people" };

type Params = Promise<{ sessionId: string; planId: string }>;
type SearchParams = Promise<{ cancelled?: string }>;

/** "Both payments went through", "All 3 payments went through", "The payment went through". */
function allPaid(total: number): string {
  if (total === 1) return "The payment went through.";
  if (total === 2) return "Both payments went through.";
  return `All ${total} payments went through.`;
}

const places = (n: number) => (n === 1 ? "1 place" : `${n} places`);

/**
 * A group booking's steps (one checkout per ticket): what it costs, what is booked, what is next.
 * imin's "Back to" link returns here after each payment ("View my bookings" goes to /bookings); the
 * page records the step from imin's own order items. When the next step can't be booked any more
 * (sold out), it says so and offers to cancel the places already booked.
 */
export default async function GroupBookingPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [user, { sessionId, planId }, { cancelled }] = await Promise.all([requireUser(), params, searchParams]);
  const plan = await getGroupBooking(user.id, planId);
  if (!plan || plan.sessionId !== sessionId) notFound();
  let readError: string | undefined;
  const [placesResult, outlookResult] = await Promise.allSettled([reconcileGroupBooking(user, plan), groupOutlook(user, plan)]);
  for (const result of [placesResult, outlookResult]) {
    if (result.status === "rejected") {
      if (!(result.reason instanceof IminError)) throw result.reason;
      readError = `We couldn't check your bookings just now (${result.reason.customerMessage}). What is shown below may be out of date.`;
    }
  }
  const held = placesResult.status === "fulfilled" ? placesResult.value : undefined;
  const outlook = outlookResult.status === "fulfilled" ? outlookResult.value : undefined;
  const total = plan.steps.length;
  const next = plan.steps.findIndex((s) => !s.completedAt);
  const started = plan.steps.some((s) => s.completedAt || s.checkoutStartedAt);
  const continueText = started ? `Continue: ${next + 1} of ${total}` : total > 1 ? `Go to checkout: 1 of ${total}` : "Go to checkout";
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
  const money = (amount: number) => formatPrice(amount, currency);
  const problem = next !== -1 && !plan.abandonedAt && outlook ? stepProblem(outlook, plan.steps[next]!) : undefined;
  const cancelledCount = cancelled && /^\d{1,3}$/.test(cancelled) ? Number(cancelled) : undefined;

  return (
    <article>
      <p className="mb-2 text-sm">
        <Link
          href={`/book/${encodeURIComponent(sessionId)}`}
          className="inline-flex min-h-11 items-center text-link underline underline-offset-4"
        >
          Back to the session
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight">Booking for several people</h1>
      <p className="mt-1 text-gray-800">
        {plan.sessionName}, {formatDateTime(plan.startDate)}
      </p>
      <DataAttribution sources={[outlook?.source]} className="mt-1" />
      {readError ? (
        <Alert tone="warning" className="mt-4">
          {readError}
        </Alert>
      ) : null}
      {cancelledCount !== undefined ? (
        <Alert tone="success" className="mt-4" title={cancelledCount > 0 ? "Places cancelled" : "Nothing left to cancel"}>
          {cancelledCount > 0
            ? `${places(cancelledCount)} from this booking ${cancelledCount === 1 ? "is" : "are"} cancelled. The refund follows automatically, and you'll get an email to confirm it.`
            : "No places from this booking were still booked."}
        </Alert>
      ) : next === -1 ? (
        <Alert tone="success" className="mt-4" title="Everyone is booked">
          <p>
            {allPaid(total)}{" "}
            <Link href="/bookings" className="font-semibold text-link underline underline-offset-4">
              View your bookings
            </Link>
          </p>
        </Alert>
      ) : plan.abandonedAt ? (
        <Alert tone="info" className="mt-4">
          You chose again for this session, so the steps left here will not be booked.
        </Alert>
      ) : problem ? (
        <Alert tone="warning" className="mt-4" title={`${stepLabel(plan.steps[next]!, next, total)} can't be booked`}>
          <p data-testid="group-problem">{problem}</p>
          {booked.length > 0 ? (
            <>
              <p className="mt-2">
                {booked.map((s) => stepLabel(s, plan.steps.indexOf(s), total)).join("; ")} {booked.length === 1 ? "is" : "are"} already
                booked. Keep {booked.reduce((n, s) => n + s.attendees.length, 0) === 1 ? "that place" : "those places"}, or cancel for a
                full refund.
              </p>
              <CancelPlacesForm
                action={cancelEarlierPlaces}
                planId={plan.id}
                text={`Cancel the ${places(booked.reduce((n, s) => n + s.attendees.length, 0))} already booked`}
              />
            </>
          ) : null}
        </Alert>
      ) : (
        <div className="mt-4" data-testid="group-summary">
          {sum !== undefined ? (
            <p className="text-lg font-semibold">
              Total for {people === 1 ? "1 person" : `all ${people} people`}: {sum === 0 ? "free" : money(sum)}
              {total > 1 ? `, in ${total} payments` : ", in 1 payment"}
            </p>
          ) : null}
          <p className="mt-1">
            {total > 1
              ? `Each ticket type is paid in its own checkout, so this booking takes ${total} short checkouts. After each payment, choose “Back to” on the checkout page to come back here for the next.`
              : "One checkout books everyone."}
          </p>
        </div>
      )}

      <ol className="mt-6 space-y-3" aria-label="Checkouts">
        {plan.steps.map((step, i) => {
          const price = prices[i];
          return (
            <li key={step.id} className="rounded-lg border border-gray-300 bg-white p-4" data-testid="group-step">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <p className="font-semibold">
                  {stepLabel(step, i, total)}
                  {price !== undefined ? <span className="font-normal">: {price === 0 ? "free" : money(price)}</span> : null}
                </p>
                <p className="text-sm">
                  {step.completedAt && !stillHeld(step) ? (
                    <span className="font-semibold">Cancelled</span>
                  ) : step.completedAt ? (
                    <span className="font-semibold text-green-800">Booked</span>
                  ) : i === next ? (
                    <span>Next</span>
                  ) : (
                    <span>To do</span>
                  )}
                </p>
              </div>
              {step.completedAt && step.orderId ? (
                <p className="mt-1 text-sm">
                  <Link href={`/orders/${encodeURIComponent(step.orderId)}`} className="text-link underline underline-offset-4">
                    View the order<span className="sr-only"> for {stepLabel(step, i, total)}</span>
                  </Link>
                </p>
              ) : null}
              {i === next && !plan.abandonedAt && !problem ? (
                <div className="mt-3">
                  <BookNowForm action={continueGroupBooking} fields={{ planId: plan.id }} label={continueText} text={continueText} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>

      {next !== -1 && !plan.abandonedAt ? (
        <form action={chooseAgain} className="mt-6">
          <input type="hidden" name="planId" value={plan.id} />
          <p className="mb-2 text-sm text-gray-800">Changed your mind about who is coming? Places already booked stay booked.</p>
          <Button type="submit" variant="secondary" className="min-h-11">
            Choose again
          </Button>
        </form>
      ) : null}
    </article>
  );
}
