import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, pickNamespaces } from "@/lib/i18n/client-namespaces";

/** The family pages' forms and error boundary (client components) get the "family" namespace too. */
export default async function FamilyLayout({ children }: { children: ReactNode }) {
  const messages = pickNamespaces(await getMessages(), [...CLIENT_NAMESPACES, "family"]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
