import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { calendarOptions, icsResponse } from "@/lib/calendar/feed";
import { calendarText } from "@/lib/calendar/ics";
import { IminError } from "@/lib/imin/errors";
import type { Locale } from "@/lib/i18n/locales";
import { getCustomerOrder } from "@/lib/imin/orders";

const notFound = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });

/** "Add to calendar" for one booking of the signed-in customer, in the page's language; anyone else's is a plain 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ orderId: string; itemId: string }> }) {
  const [user, { orderId, itemId }] = await Promise.all([getCurrentUser(), params]);
  if (!user) return notFound();
  try {
    const order = await getCustomerOrder(user, orderId);
    const booking = order?.items.find((i) => i.identifier === itemId);
    if (!order || !booking?.startDate) return notFound();
    const body = calendarText([booking], { ...(await calendarOptions((await getLocale()) as Locale)), method: "publish" });
    const name =
      booking.title
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .toLowerCase() || "booking";
    return icsResponse(body, `${name}.ics`);
  } catch (error) {
    if (error instanceof IminError) {
      if (error.kind === "not_found") return notFound();
      return new Response(error.customerMessage, { status: error.httpStatus });
    }
    throw error;
  }
}
