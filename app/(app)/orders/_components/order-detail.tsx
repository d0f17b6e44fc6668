import { BookingDetails } from "@/app/(app)/_components/booking-details";
import { BookingNotice } from "@/app/(app)/_components/booking-notice";
import { BookAgainLink } from "@/app/(app)/_components/book-again-link";
import { BookingStatusBadge } from "@/app/(app)/_components/status-badge";
import { useTranslations } from "next-intl";
import { formatDateTime, formatPrice } from "@/lib/format";
import { formatWords } from "@/lib/format/words";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";
import type { Order } from "@/lib/imin/order-types";
import { httpUrl } from "@/lib/security/safe-url";

/** Everything about one order; rendered from the order payload alone (past sessions are archived). */
export function OrderDetail({ order }: { order: Order }) {
  const t = useTranslations("orders.detail");
  const tCard = useTranslations("bookings.card");
  const locale = useIntlLocale();
  // imin's data names the seller's site: only an http(s) URL becomes a link (never javascript:).
  const sellerUrl = httpUrl(order.seller?.url);
  const sellerLinks = (order.seller?.links ?? []).flatMap((link) => {
    const url = httpUrl(link.url);
    return url ? [{ ...link, url }] : [];
  });
  return (
    <div className="space-y-8">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-gray-300 bg-white p-4 text-sm">
        {order.confirmationNumber ? (
          <>
            <dt className="font-medium text-gray-700">{t("confirmationNumber")}</dt>
            <dd className="font-mono text-base" data-testid="confirmation-number">
              {order.confirmationNumber}
            </dd>
          </>
        ) : null}
        {order.orderDate ? (
          <>
            <dt className="font-medium text-gray-700">{t("ordered")}</dt>
            <dd>{formatDateTime(order.orderDate, undefined, locale)}</dd>
          </>
        ) : null}
        {order.seller?.name ? (
          <>
            <dt className="font-medium text-gray-700">{t("soldBy")}</dt>
            <dd>
              {sellerUrl ? (
                <a href={sellerUrl} className="text-link underline underline-offset-2" rel="noopener noreferrer">
                  {order.seller.name}
                </a>
              ) : (
                order.seller.name
              )}
              {sellerLinks.length > 0 ? (
                <ul className="mt-1 flex flex-wrap gap-x-4">
                  {sellerLinks.map((link) => (
                    <li key={link.url}>
                      <a href={link.url} className="text-link underline underline-offset-2" rel="noopener noreferrer">
                        {link.label}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </dd>
          </>
        ) : null}
        <dt className="font-medium text-gray-700">{t("totalPaid")}</dt>
        <dd className="font-semibold">
          {order.total ? formatPrice(order.total.amount, order.total.currency, locale) || formatWords(locale).free : t("paidElsewhere")}
          {order.total && order.total.amount > 0 ? <span className="font-normal text-gray-700"> {t("includingVat")}</span> : null}
        </dd>
      </dl>

      <section aria-labelledby="order-items">
        <h2 id="order-items" className="mb-3 text-lg font-bold">
          {t("items")}
        </h2>
        <ul className="space-y-4">
          {order.items.map((item) => (
            <li key={item.id} className="rounded-lg border border-gray-300 bg-white p-4" data-testid="order-item">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="text-base font-semibold">
                  {item.title}
                  {item.attendee ? (
                    <span className="block font-normal text-gray-800">{tCard("forAttendee", { name: item.attendee.name })}</span>
                  ) : null}
                </h3>
                <BookingStatusBadge status={item.status} eventCancelled={item.eventCancelled} />
              </div>
              <BookingDetails booking={item} />
              <BookingNotice booking={item} />
              <BookAgainLink booking={item} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="order-receipts">
        <h2 id="order-receipts" className="mb-3 text-lg font-bold">
          {t("receipts")}
        </h2>
        {order.receipts.length === 0 ? (
          <p className="text-sm text-gray-700">{t("noReceipt")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {order.receipts.map((receipt, i) => (
              <li key={receipt.id}>
                <a
                  href={`/orders/${encodeURIComponent(order.identifier)}/receipts/${encodeURIComponent(receipt.id)}`}
                  className="text-link underline underline-offset-2"
                >
                  {t("receipt", { which: i === 0 ? "latest" : "earlier" })}
                  {receipt.dateCreated ? `, ${formatDateTime(receipt.dateCreated, undefined, locale)}` : ""} {t("receiptPdf")}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
