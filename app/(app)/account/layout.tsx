import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, pickNamespaces } from "@/lib/i18n/client-namespaces";

/** The account page's forms and error boundary (client components) get the "account" namespace too. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const messages = pickNamespaces(await getMessages(), [...CLIENT_NAMESPACES, "account"]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
