import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BookingsByDay } from "./_components/bookings-by-day";
import { CalendarFeedControls } from "./_components/calendar-feed-controls";
import { Pager } from "@/app/(app)/_components/pager";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { getActiveCalendarFeed } from "@/lib/db/queries/calendar";
import { formatDate } from "@/lib/format";
import { getUpcomingBookings } from "@/lib/imin/orders";
import { parsePageParam } from "@/lib/imin/paging";

export const metadata: Metadata = { title: "Your bookings" };

export default async function BookingsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  const page = parsePageParam(params.page);
  // One imin call and one database read, side by side.
  const [upcoming, feed] = await Promise.all([getUpcomingBookings(user, page), getActiveCalendarFeed(user.id)]);
  if (upcoming.items.length === 0 && page > 1) {
    const last = Math.min(upcoming.totalPages, page - 1);
    redirect(last > 1 ? `/bookings?page=${last}` : "/bookings");
  }

  return (
    <>
      <PageHeader title="Your bookings" description="Upcoming sessions, earliest first. Times are shown in the venue's local time." />
      {upcoming.items.length === 0 ? (
        <EmptyState title="You have no upcoming bookings" action={<LinkButton href="/book">Find a session</LinkButton>}>
          When you book a session it will appear here.
        </EmptyState>
      ) : (
        <>
          <BookingsByDay bookings={upcoming.items} />
          <Pager
            basePath="/bookings"
            label="Bookings pages"
            page={upcoming.page}
            totalPages={upcoming.totalPages}
            hasPrevious={upcoming.hasPrevious}
            hasNext={upcoming.hasNext}
          />
        </>
      )}
      <section aria-labelledby="calendar-feed" className="mt-10 rounded-lg border border-gray-300 p-4">
        <h2 id="calendar-feed" className="mb-2 text-base font-bold">
          Calendar link
        </h2>
        <CalendarFeedControls active={!!feed} since={feed ? formatDate(feed.createdAt.toISOString()) : undefined} />
      </section>
    </>
  );
}
