import type { ReactNode } from "react";
import { SiteHeader } from "@/components/shell/site-header";
import { getLocalizedBroker } from "@/lib/i18n/server";
import { isSandboxMode } from "@/lib/sandbox-mode";

/**
 * The sign-in, sign-up and email-link pages. Each page hands its form (a client component) only its
 * own part of the "auth" namespace (components/i18n/client-messages.tsx), not the whole of it.
 */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader broker={await getLocalizedBroker()} sandbox={isSandboxMode()} />
      <main id="main" className="mx-auto w-full max-w-md px-4 py-10">
        {children}
      </main>
    </>
  );
}
