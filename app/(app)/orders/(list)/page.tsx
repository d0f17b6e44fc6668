import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/app/(app)/_components/pager";
import { OrdersList } from "../_components/orders-list";
import { PersonFilter } from "@/app/(app)/_components/person-filter";
import { BookingsTabs } from "@/components/shell/bookings-tabs";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { bookingsOf, parsePersonParam } from "@/lib/group-booking/person";
import { getOrders, listHouseholdMembers, type Order, parsePageParam } from "../data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

/** Orders pages read at most when filtering by person (100 orders). */
const MAX_FILTER_PAGES = 10;

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[]; person?: string | string[] }>;
}) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  const page = parsePageParam(params.page);
  const membersRead = listHouseholdMembers(user.id);
  const t = await getTranslations("orders");
  // Without a filter the first orders page is read beside the members.
  const firstRead = params.person ? undefined : getOrders(user, page);
  // Awaited below; this only keeps a failure there from counting as unhandled if the members read fails first.
  firstRead?.catch(() => undefined);
  const members = await membersRead;
  const person = parsePersonParam(params.person, members);
  const filter =
    members.length > 0 ? <PersonFilter basePath="/orders" label={t("personFilterLabel")} current={person} members={members} /> : null;
  if (person) {
    // "me" or a member's given name: the messages say "for you" or "for <name>" in each language's own way.
    const whom = { person: person === "me" ? "me" : "member", name: members.find((m) => m.id === person)?.givenName ?? "" };
    const orders: Order[] = [];
    for (let p = 1; p <= MAX_FILTER_PAGES; p++) {
      const result = await getOrders(user, p);
      orders.push(...result.items.filter((o) => bookingsOf(o.items, person, members).length > 0));
      if (!result.hasNext) break;
    }
    return (
      <>
        <PageHeader title={t("title")} description={t("descriptionFor", whom)} />
        <BookingsTabs current="past" />
        {filter}
        {orders.length === 0 ? (
          <EmptyState title={t("emptyFor.title", whom)} action={<LinkButton href="/book">{t("empty.find")}</LinkButton>}>
            {t("emptyFor.body", whom)}
          </EmptyState>
        ) : (
          <OrdersList orders={orders} />
        )}
      </>
    );
  }
  const orders = await (firstRead ?? getOrders(user, page));
  if (orders.items.length === 0 && page > 1) {
    const last = Math.min(orders.totalPages, page - 1);
    redirect(last > 1 ? `/orders?page=${last}` : "/orders");
  }
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <BookingsTabs current="past" />
      {filter}
      {orders.items.length === 0 ? (
        <EmptyState title={t("empty.title")} action={<LinkButton href="/book">{t("empty.find")}</LinkButton>}>
          {t("empty.body")}
        </EmptyState>
      ) : (
        <>
          <OrdersList orders={orders.items} />
          <Pager basePath="/orders" label={t("pagerLabel")} pages={orders} />
        </>
      )}
    </>
  );
}
