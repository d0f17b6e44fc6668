import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/shell/site-header";
import { LinkButton } from "@/components/ui/button";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import type { BrokerConfig } from "@/lib/broker/config";

/** The frame of a public page for a signed-out visitor: the brand, and sign in / sign up that come back here. */
export function PublicFrame({
  broker,
  sandbox,
  path,
  children,
}: {
  broker: BrokerConfig;
  sandbox: boolean;
  /** The current page (x-portal-path), the way back after signing in or up. */
  path: string | null;
  children: ReactNode;
}) {
  const t = useTranslations();
  const back = encodeURIComponent(safeCallbackPath(path, "/book"));
  return (
    <>
      <SiteHeader broker={broker} sandbox={sandbox}>
        <nav aria-label={t("shell.nav.account")} className="flex flex-wrap items-center gap-3">
          <LinkButton href={`/sign-in?callbackUrl=${back}`} variant="secondary">
            {t("common.signIn")}
          </LinkButton>
          <LinkButton href={`/sign-up?callbackUrl=${back}`}>{t("common.createAccount")}</LinkButton>
        </nav>
      </SiteHeader>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
