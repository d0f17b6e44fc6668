import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-namespaces";

/**
 * Gives the client components inside it the root's namespaces and the catalogue parts named in
 * `pick` (dotted paths), nothing more: a page's form carries its own words, not its whole area's.
 */
export async function ClientMessages({ pick, children }: { pick: readonly string[]; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), [...CLIENT_NAMESPACES, ...pick]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
