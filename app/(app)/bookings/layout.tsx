import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, pickNamespaces } from "@/lib/i18n/client-namespaces";

/**
 * The bookings pages' client parts (the Cancel dialog, the calendar link, the error page, which sits
 * below this layout) need a few of the "bookings" messages besides the root's namespaces: only
 * those are sent, not the whole namespace.
 */
export default async function BookingsLayout({ children }: { children: ReactNode }) {
  const all = await getMessages();
  const bookings = all.bookings as Record<string, unknown>;
  const messages = {
    ...pickNamespaces(all, CLIENT_NAMESPACES),
    bookings: { calendar: bookings.calendar, cancel: bookings.cancel, description: bookings.description, title: bookings.title },
    // The error page's saved bookings (components/pass/saved-pack.tsx).
    pass: pickNamespaces(all.pass as Record<string, unknown>, ["desk", "for", "forYou", "saved"]),
  };
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
