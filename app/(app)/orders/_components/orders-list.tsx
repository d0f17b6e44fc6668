import Link from "next/link";
import { formatDateTime, formatPrice } from "@/lib/format";
import { orderAttendees } from "@/lib/group-booking/person";
import type { Order } from "@/lib/imin/order-types";
import { OrderStatusBadge } from "./order-status-badge";

/** What an order was for, in a few words: its distinct items' names. */
function orderSummary(order: Order): string {
  const titles = [...new Set(order.items.map((i) => i.title))];
  if (titles.length === 0) return "Booking";
  const more = order.items.length > 1 ? ` (${order.items.length} places)` : "";
  return `${titles.slice(0, 2).join(", ")}${titles.length > 2 ? ` and ${titles.length - 2} more` : ""}${more}`;
}

export function OrdersList({ orders }: { orders: Order[] }) {
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
                  {orderSummary(order)}
                </Link>
              </h2>
              {order.items.some((i) => i.attendee) ? (
                <p className="text-sm text-gray-800" data-testid="order-attendees">
                  For {orderAttendees(order.items)}
                </p>
              ) : null}
              <p className="text-sm text-gray-700">
                {[order.seller?.name, order.orderDate ? `Ordered ${formatDateTime(order.orderDate)}` : undefined]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </div>
            <div className="flex items-center gap-3">
              {order.total ? <span className="font-semibold">{formatPrice(order.total.amount, order.total.currency)}</span> : null}
              <OrderStatusBadge status={order.status} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
