import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { BOOK_AGAIN_DAYS, getCustomerOrder, nextSessionOfSeries } from "../../../data";

export const metadata: Metadata = { title: "Book again" };

/** "Book again": straight to the next session of the same series at the same venue, or why not. */
export default async function BookAgainPage({ params }: { params: Promise<{ orderId: string; itemId: string }> }) {
  const [user, { orderId, itemId }] = await Promise.all([requireUser(), params]);
  const order = await getCustomerOrder(user, decodeURIComponent(orderId));
  const booking = order?.items.find((i) => i.identifier === decodeURIComponent(itemId));
  if (!booking) notFound();
  const next = booking.again ? await nextSessionOfSeries(booking.again) : null;
  if (next) redirect(`/book/${encodeURIComponent(next.sessionId)}`);
  const where = booking.venue?.name ? ` at ${booking.venue.name}` : "";
  const search = booking.activities[0] ? `/book?activity=${encodeURIComponent(booking.activities[0])}` : "/book";
  return (
    <>
      <PageHeader title="Book again" />
      <EmptyState
        title={`No ${booking.title} sessions${where} in the next ${BOOK_AGAIN_DAYS} days`}
        action={<LinkButton href={search}>Search for other sessions</LinkButton>}
      >
        There is no upcoming session of this class{where} that you can book in the next {BOOK_AGAIN_DAYS} days.
      </EmptyState>
    </>
  );
}
