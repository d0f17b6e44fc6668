import type { ReactNode } from "react";
import { AccountSubNav } from "@/components/shell/account-sub-nav";
import { NavLinks } from "@/components/shell/nav-links";
import { OfflineSupport } from "@/components/pass/offline-support";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { SiteHeader } from "@/components/shell/site-header";
import { TabBar } from "@/components/shell/tab-bar";
import { requireUser } from "@/lib/auth/current-user";
import { getBrokerConfig } from "@/lib/broker/config";
import { getEnv } from "@/lib/env";
import { listOpen, processWaiting } from "./data";
import { isSandboxMode } from "@/lib/sandbox-mode";
import { NoticeBanner } from "./_components/notice-banner";
import { dismissNoticeAction, signOutAction } from "./actions";

/**
 * The signed-in shell. Pages under (app) still call `requireUser()` themselves (layouts are not
 * re-run on every navigation); this guard covers the first load. The notice banner starts from
 * the open notices and keeps itself current from /api/notices.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const broker = getBrokerConfig();
  const user = await requireUser();
  // A notification still waiting for this person becomes a notice before the banner lists them
  // (one cheap query when none waits; shared with the page's own read within this request).
  await processWaiting(user);
  const notices = await listOpen(user);
  return (
    <>
      <SiteHeader broker={broker} sandbox={isSandboxMode()}>
        <nav aria-label="Main" className="hidden flex-wrap items-center gap-3 md:flex">
          <NavLinks />
          <span className="hidden text-sm text-gray-700 md:inline" data-testid="signed-in-as">
            {user.givenName ?? user.email}
          </span>
          <SignOutButton action={signOutAction} />
        </nav>
      </SiteHeader>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <AccountSubNav cardsUrl={getEnv().CARD_DETAILS_URL}>
          <SignOutButton action={signOutAction} className="min-h-11" />
        </AccountSubNav>
        <NoticeBanner initial={notices} dismissAction={dismissNoticeAction} />
        {children}
      </main>
      <TabBar />
      <OfflineSupport keepPack />
    </>
  );
}
