import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AppFrame } from "@/components/shell/app-frame";
import { requireUser } from "@/lib/auth/current-user";
import { getBrokerConfig } from "@/lib/broker/config";
import { listOpen, processWaiting } from "./data";
import { isSandboxMode } from "@/lib/sandbox-mode";
import { NoticeBanner } from "./_components/notice-banner";
import { dismissNoticeAction, signOutAction } from "./actions";

/**
 * The signed-in shell. Pages under (app) still call `requireUser()` themselves (layouts are not
 * re-run on every navigation); this guard covers the first load. The notice banner starts from
 * the open notices and keeps itself current from /api/notices.
 *
 * A prefetch (the router fetching this frame and a page's loading shell before a click) reads the
 * session only: the banner of a prefetched frame reads the notices itself once it is shown.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const broker = getBrokerConfig();
  const [user, prefetch] = await Promise.all([requireUser(), headers().then((h) => h.get("next-router-prefetch") === "1")]);
  // A notification still waiting for this person becomes a notice before the banner lists them
  // (one cheap query when none waits; shared with the page's own read within this request).
  if (!prefetch) await processWaiting(user);
  const notices = prefetch ? null : await listOpen(user);
  return (
    <AppFrame
      broker={broker}
      sandbox={isSandboxMode()}
      userName={user.givenName ?? user.email}
      signOutAction={signOutAction}
      banner={<NoticeBanner initial={notices} dismissAction={dismissNoticeAction} />}
    >
      {children}
    </AppFrame>
  );
}
