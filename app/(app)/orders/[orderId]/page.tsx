import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
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
    // The retry box says in the page's language that imin was busy; imin's own English reason is not shown.
    if (error instanceof IminError) return { orderId, failure: true };
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Same request-scoped cache as the page: imin is asked once. Never throws: the page decides 404.
  // A prefetch asks for the head alone (Next.js fetches every route's head in full): it asks imin nothing.
  const [user, { orderId }, prefetch, t] = await Promise.all([
    getCurrentUser(),
    params,
    headers().then((h) => h.get("next-router-prefetch") === "1"),
    getTranslations("orders.order"),
  ]);
  const order = user && !prefetch ? await getCustomerOrder(user, orderId).catch(() => null) : null;
  return { title: order?.confirmationNumber ? t("title", { number: order.confirmationNumber }) : t("meta") };
}

export default async function OrderPage({ params }: Props) {
  const [{ orderId, order }, t, tOrders] = await Promise.all([load(params), getTranslations("orders.order"), getTranslations("orders")]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/orders" className="text-link underline underline-offset-2">
          <span aria-hidden="true">←</span> {tOrders("title")}
        </Link>
      </p>
      {order ? (
        <>
          <PageHeader
            title={order.confirmationNumber ? t("title", { number: order.confirmationNumber }) : t("untitled")}
            actions={<OrderStatusBadge status={order.status} />}
          />
          <OrderDetail order={order} />
        </>
      ) : (
        <>
          <PageHeader title={t("untitled")} />
          <LoadError what={tOrders("errorWhat.order")} retryHref={`/orders/${encodeURIComponent(orderId)}`} />
        </>
      )}
    </>
  );
}
