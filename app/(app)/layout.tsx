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
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const broker = getBrokerConfig();
  const user = await requireUser();
  // A notification still waiting for this person becomes a notice before the banner lists them
  // (one cheap query when none waits; shared with the page's own read within this request).
  await processWaiting(user);
  const notices = await listOpen(user);
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
