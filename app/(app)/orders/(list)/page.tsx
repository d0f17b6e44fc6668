import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Pager } from "@/app/(app)/_components/pager";
import { OrdersList } from "../_components/orders-list";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { getOrders } from "@/lib/imin/orders";
import { parsePageParam } from "@/lib/imin/paging";

export const metadata: Metadata = { title: "Your orders" };

export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  const page = parsePageParam(params.page);
  const orders = await getOrders(user, page);
  if (orders.items.length === 0 && page > 1) {
    const last = Math.min(orders.totalPages, page - 1);
    redirect(last > 1 ? `/orders?page=${last}` : "/orders");
  }
  return (
    <>
      <PageHeader title="Your orders" description="Everything you have booked, newest first." />
      {orders.items.length === 0 ? (
        <EmptyState title="You have no orders yet" action={<LinkButton href="/book">Find a session</LinkButton>}>
          Orders appear here after you book.
        </EmptyState>
      ) : (
        <>
          <OrdersList orders={orders.items} />
          <Pager
            basePath="/orders"
            label="Order history pages"
            page={orders.page}
            totalPages={orders.totalPages}
            hasPrevious={orders.hasPrevious}
            hasNext={orders.hasNext}
          />
        </>
      )}
    </>
  );
}
