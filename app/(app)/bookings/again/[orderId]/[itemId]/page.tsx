import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { BOOK_AGAIN_DAYS, getCustomerOrder, nextSessionOfSeries } from "../../../data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bookings.again"))("title") };
}

/** "Book again": straight to the next session of the same series at the same venue, or why not. */
export default async function BookAgainPage({ params }: { params: Promise<{ orderId: string; itemId: string }> }) {
  const [user, { orderId, itemId }] = await Promise.all([requireUser(), params]);
  const order = await getCustomerOrder(user, decodeURIComponent(orderId));
  const booking = order?.items.find((i) => i.identifier === decodeURIComponent(itemId));
  if (!booking) notFound();
  const next = booking.again ? await nextSessionOfSeries(booking.again) : null;
  if (next) redirect(`/book/${encodeURIComponent(next.sessionId)}`);
  const t = await getTranslations("bookings.again");
  const venue = booking.venue?.name;
  const values = { title: booking.title, days: BOOK_AGAIN_DAYS, venue: venue ?? "" };
  const search = booking.activities[0] ? `/book?activity=${encodeURIComponent(booking.activities[0])}` : "/book";
  return (
    <>
      <PageHeader title={t("title")} />
      <EmptyState
        title={venue ? t("noSessionsAt", values) : t("noSessions", values)}
        action={<LinkButton href={search}>{t("search")}</LinkButton>}
      >
        {venue ? t("noneAt", values) : t("none", values)}
      </EmptyState>
    </>
  );
}
