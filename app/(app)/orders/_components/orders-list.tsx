import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDateTime, formatPrice } from "@/lib/format";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";
import type { Order } from "@/lib/imin/order-types";
import { OrderStatusBadge } from "./order-status-badge";

type T = (key: string, values?: Record<string, string | number>) => string;

/** What an order was for, in a few words: its distinct items' names. */
function orderSummary(order: Order, t: T): string {
  const titles = [...new Set(order.items.map((i) => i.title))];
  if (titles.length === 0) return t("booking");
  const first = titles.slice(0, 2).join(", ");
  const summary = titles.length > 2 ? t("more", { titles: first, count: titles.length - 2 }) : first;
  return order.items.length > 1 ? t("places", { summary, count: order.items.length }) : summary;
}

/** Who the order's places are for ("you and Sam Okafor"), each once, joined in the page's language. */
function orderAttendees(order: Order, t: T, locale: string): string {
  const names = [...new Set(order.items.map((item) => (item.attendee ? item.attendee.name : t("you"))))];
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
}

export function OrdersList({ orders }: { orders: Order[] }) {
  const t = useTranslations("orders.list");
  const locale = useIntlLocale();
  return (
    <ul className="divide-y divide-gray-200 rounded-lg border border-gray-300 bg-white">
      {orders.map((order) => (
        <li key={order.identifier} className="p-4" data-testid="order">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <h2 className="text-base font-semibold">
                <Link
                  href={`/orders/${encodeURIComponent(order.identifier)}`}
                  prefetch={false}
                  className="text-link underline underline-offset-2"
                >
                  {orderSummary(order, t)}
                </Link>
              </h2>
              {order.items.some((i) => i.attendee) ? (
                <p className="text-sm text-gray-800" data-testid="order-attendees">
                  {t("forWhom", { names: orderAttendees(order, t, locale) })}
                </p>
              ) : null}
              <p className="text-sm text-gray-700">
                {[
                  order.seller?.name,
                  order.orderDate ? t("ordered", { date: formatDateTime(order.orderDate, undefined, locale) }) : undefined,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </div>
            <div className="flex items-center gap-3">
              {order.total ? <span className="font-semibold">{formatPrice(order.total.amount, order.total.currency, locale)}</span> : null}
              <OrderStatusBadge status={order.status} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
