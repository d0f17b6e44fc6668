import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, pickNamespaces } from "@/lib/i18n/client-namespaces";

/**
 * The orders pages' error boundaries (client components below this layout) name what failed to
 * load in the page's language: only those few "orders" words are sent besides the root's namespaces.
 */
export default async function OrdersLayout({ children }: { children: ReactNode }) {
  const all = await getMessages();
  const orders = all.orders as Record<string, unknown>;
  const messages = { ...pickNamespaces(all, CLIENT_NAMESPACES), orders: { errorWhat: orders.errorWhat } };
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
