import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/shell/site-header";
import { CLIENT_NAMESPACES, pickNamespaces } from "@/lib/i18n/client-namespaces";
import { getLocalizedBroker } from "@/lib/i18n/server";
import { isSandboxMode } from "@/lib/sandbox-mode";

/** The sign-in, sign-up and email-link pages; their forms (client components) get the "auth" namespace too. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const messages = pickNamespaces(await getMessages(), [...CLIENT_NAMESPACES, "auth"]);
  return (
    <>
      <SiteHeader broker={await getLocalizedBroker()} sandbox={isSandboxMode()} />
      <main id="main" className="mx-auto w-full max-w-md px-4 py-10">
        <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
      </main>
    </>
  );
}
