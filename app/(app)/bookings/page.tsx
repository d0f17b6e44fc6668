import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BookingsByDay } from "./_components/bookings-by-day";
import { CalendarFeedControls } from "./_components/calendar-feed-controls";
import { PersonFilter } from "@/app/(app)/_components/person-filter";
import { Pager } from "@/app/(app)/_components/pager";
import { BookingsTabs } from "@/components/shell/bookings-tabs";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { intlLocale } from "@/lib/i18n/locales";
import { parsePersonParam } from "@/lib/group-booking/person";
import { getActiveCalendarFeed, getUpcomingBookings, listHouseholdMembers, parsePageParam, personBookings } from "./data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bookings"))("title") };
}

export default async function BookingsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[]; person?: string | string[] }>;
}) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  const page = parsePageParam(params.page);
  if (params.person) {
    const members = await listHouseholdMembers(user.id);
    const person = parsePersonParam(params.person, members);
    if (person) return <PersonBookings user={user} person={person} members={members} />;
  }
  // One imin call and the database reads, side by side.
  const [upcoming, feed, members] = await Promise.all([
    getUpcomingBookings(user, page),
    getActiveCalendarFeed(user.id),
    listHouseholdMembers(user.id),
  ]);
  if (upcoming.items.length === 0 && page > 1) {
    const last = Math.min(upcoming.totalPages, page - 1);
    redirect(last > 1 ? `/bookings?page=${last}` : "/bookings");
  }
  const [t, locale] = await Promise.all([getTranslations("bookings"), getLocale().then(intlLocale)]);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <BookingsTabs current="upcoming" />
      {members.length > 0 ? <PersonFilter basePath="/bookings" label={t("personFilterLabel")} members={members} /> : null}
      {upcoming.items.length === 0 ? (
        <EmptyState title={t("empty.title")} action={<LinkButton href="/book">{t("empty.find")}</LinkButton>}>
          {t("empty.body")}
        </EmptyState>
      ) : (
        <>
          <BookingsByDay bookings={upcoming.items} />
          <Pager basePath="/bookings" label={t("pagerLabel")} pages={upcoming} />
        </>
      )}
      <section aria-labelledby="calendar-feed" className="mt-10 rounded-lg border border-gray-300 p-4">
        <h2 id="calendar-feed" className="mb-2 text-base font-bold">
          {t("calendar.heading")}
        </h2>
        <CalendarFeedControls active={!!feed} since={feed ? formatDate(feed.createdAt.toISOString(), undefined, locale) : undefined} />
      </section>
    </>
  );
}

/** One person's upcoming places (every page read, at most 100 bookings): no pager. */
async function PersonBookings({
  user,
  person,
  members,
}: {
  user: Awaited<ReturnType<typeof requireUser>>;
  person: string;
  members: Awaited<ReturnType<typeof listHouseholdMembers>>;
}) {
  const [bookings, t] = await Promise.all([personBookings(user, person, members), getTranslations("bookings")]);
  // "me" or a member's given name: the messages say "for you" or "for <name>" in each language's own way.
  const whom = { person: person === "me" ? "me" : "member", name: members.find((m) => m.id === person)?.givenName ?? "" };
  return (
    <>
      <PageHeader title={t("title")} description={t("descriptionFor", whom)} />
      <BookingsTabs current="upcoming" />
      <PersonFilter basePath="/bookings" label={t("personFilterLabel")} current={person} members={members} />
      {bookings.length === 0 ? (
        <EmptyState title={t("emptyFor.title", whom)} action={<LinkButton href="/book">{t("empty.find")}</LinkButton>}>
          {t("emptyFor.body", whom)}
        </EmptyState>
      ) : (
        <BookingsByDay bookings={bookings} />
      )}
    </>
  );
}
