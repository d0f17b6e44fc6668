import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrderDetail } from "../_components/order-detail";
import { OrderStatusBadge } from "../_components/order-status-badge";
import { LoadError } from "@/components/ui/load-error";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { getCustomerOrder, IminError } from "../data";

type Props = { params: Promise<{ orderId: string }> };

/**
 * No loading boundary above this page: the 404 for someone else's order is decided before streaming.
 * For the same reason a failed imin call must not throw here (that would answer 500): the page says
 * so in place of the order.
 */
async function load(params: Props["params"]) {
  const [user, { orderId }] = await Promise.all([requireUser(), params]);
  try {
    // Someone else's order, or none: the same not-found page either way.
    const order = await getCustomerOrder(user, orderId);
    if (!order) notFound();
    return { orderId, order };
  } catch (error) {
    if (error instanceof IminError) return { orderId, failure: error.customerMessage };
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Same request-scoped cache as the page: imin is asked once. Never throws: the page decides 404.
  // A prefetch asks for the head alone (Next.js fetches every route's head in full): it asks imin nothing.
  const [user, { orderId }, prefetch] = await Promise.all([
    getCurrentUser(),
    params,
    headers().then((h) => h.get("next-router-prefetch") === "1"),
  ]);
  const order = user && !prefetch ? await getCustomerOrder(user, orderId).catch(() => null) : null;
  return { title: order?.confirmationNumber ? `Order ${order.confirmationNumber}` : "Order" };
}

export default async function OrderPage({ params }: Props) {
  const { orderId, order, failure } = await load(params);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/orders" className="text-link underline underline-offset-2">
          <span aria-hidden="true">←</span> Past bookings and receipts
        </Link>
      </p>
      {order ? (
        <>
          <PageHeader
            title={order.confirmationNumber ? `Order ${order.confirmationNumber}` : "Your order"}
            actions={<OrderStatusBadge status={order.status} />}
          />
          <OrderDetail order={order} />
        </>
      ) : (
        <>
          <PageHeader title="Your order" />
          <LoadError what="this order" message={failure ?? ""} retryHref={`/orders/${encodeURIComponent(orderId)}`} />
        </>
      )}
    </>
  );
}
