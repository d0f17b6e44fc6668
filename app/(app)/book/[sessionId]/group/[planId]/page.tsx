import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookNowForm } from "../../../_components/book-now-form";
import { chooseAgain, continueGroupBooking } from "../../group-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { stepLabel } from "@/lib/group-booking/plan";
import { getGroupBooking, reconcileGroupBooking } from "../../data";
import { IminError } from "@/lib/imin/errors";

export const metadata: Metadata = { title: "Booking for several people" };

type Params = Promise<{ sessionId: string; planId: string }>;

/**
 * A group booking's steps (one checkout per ticket): what is booked, what is next. imin's checkout
 * returns here after each payment; the page records the step from imin's own order items.
 */
export default async function GroupBookingPage({ params }: { params: Params }) {
  const [user, { sessionId, planId }] = await Promise.all([requireUser(), params]);
  const plan = await getGroupBooking(user.id, planId);
  if (!plan || plan.sessionId !== sessionId) notFound();
  let readError: string | undefined;
  try {
    await reconcileGroupBooking(user, plan);
  } catch (error) {
    if (!(error instanceof IminError)) throw error;
    readError = `We couldn't check your bookings just now (${error.customerMessage}). What is shown below may be out of date.`;
  }
  const total = plan.steps.length;
  const next = plan.steps.findIndex((s) => !s.completedAt);
  const started = plan.steps.some((s) => s.completedAt || s.checkoutStartedAt);
  const continueText = started ? `Continue: ${next + 1} of ${total}` : total > 1 ? `Go to checkout: 1 of ${total}` : "Go to checkout";

  return (
    <article>
      <p className="mb-2 text-sm">
        <Link href={`/book/${encodeURIComponent(sessionId)}`} className="text-link underline underline-offset-4">
          Back to the session
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight">Booking for several people</h1>
      <p className="mt-1 text-gray-800">
        {plan.sessionName}, {formatDateTime(plan.startDate)}
      </p>
      {readError ? (
        <Alert tone="warning" className="mt-4">
          {readError}
        </Alert>
      ) : null}
      {next === -1 ? (
        <Alert tone="success" className="mt-4" title="Everyone is booked">
          <p>
            All {total} {total === 1 ? "checkout is" : "checkouts are"} done.{" "}
            <Link href="/bookings" className="font-semibold text-link underline underline-offset-4">
              View your bookings
            </Link>
          </p>
        </Alert>
      ) : plan.abandonedAt ? (
        <Alert tone="info" className="mt-4">
          You chose again for this session, so the steps left here will not be booked.
        </Alert>
      ) : (
        <p className="mt-4">
          {total > 1
            ? `Each ticket type is paid in its own checkout, so this booking takes ${total} short checkouts. After each one you come back here for the next.`
            : "One checkout books everyone."}
        </p>
      )}

      <ol className="mt-6 space-y-3" aria-label="Checkouts">
        {plan.steps.map((step, i) => (
          <li key={step.id} className="rounded-lg border border-gray-300 bg-white p-4" data-testid="group-step">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="font-semibold">{stepLabel(step, i, total)}</p>
              <p className="text-sm">
                {step.completedAt ? (
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
            {i === next && !plan.abandonedAt ? (
              <div className="mt-3">
                <BookNowForm action={continueGroupBooking} fields={{ planId: plan.id }} label={continueText} text={continueText} />
              </div>
            ) : null}
          </li>
        ))}
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
