import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, pickNamespaces } from "@/lib/i18n/client-namespaces";

/** The pass pages' saved-copy views and error boundary (client components) get the "pass" namespace too. */
export default async function PassLayout({ children }: { children: ReactNode }) {
  const messages = pickNamespaces(await getMessages(), [...CLIENT_NAMESPACES, "pass"]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
