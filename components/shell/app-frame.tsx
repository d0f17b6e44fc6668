import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { OfflineSupport } from "@/components/pass/offline-support";
import type { BrokerConfig } from "@/lib/broker/config";
import { AccountSubNav } from "./account-sub-nav";
import { cardDetailsHref } from "./card-details-href";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { SiteHeader } from "./site-header";
import { TabBar } from "./tab-bar";

/**
 * The signed-in page frame: the header with the sections (desktop), the Account sub-menu, the
 * notice banner (`banner`), the page, the tab bar (phone) and offline support. The signed-in
 * layout and the signed-in home page (`/`, outside that layout) both draw it.
 */
export function AppFrame({
  broker,
  sandbox,
  userName,
  signOutAction,
  banner,
  children,
}: {
  broker: BrokerConfig;
  sandbox: boolean;
  userName: string;
  signOutAction: () => Promise<void>;
  banner?: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations("shell.nav");
  return (
    <>
      <SiteHeader broker={broker} sandbox={sandbox}>
        <nav aria-label={t("main")} className="hidden flex-wrap items-center gap-3 md:flex">
          <NavLinks />
          <span className="hidden text-sm text-gray-700 md:inline" data-testid="signed-in-as">
            {userName}
          </span>
          <SignOutButton action={signOutAction} />
        </nav>
      </SiteHeader>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <AccountSubNav cardsUrl={cardDetailsHref()} membershipsLabel={broker.words.memberships}>
          <SignOutButton action={signOutAction} className="min-h-11" />
        </AccountSubNav>
        {banner}
        {children}
      </main>
      <TabBar />
      <OfflineSupport keepPack />
    </>
  );
}
