import { headers } from "next/headers";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { SignedInFrame } from "./_components/signed-in-frame";
import { listOpen, processWaiting } from "./data";

/**
 * The signed-in shell. Pages under (app) still call `requireUser()` themselves (layouts are not
 * re-run on every navigation); this guard covers the first load. The notice banner starts from
 * the open notices and keeps itself current from /api/notices.
 *
 * A prefetch (the router fetching this frame and a page's loading shell before a click) reads the
 * session only: the banner of a prefetched frame reads the notices itself once it is shown.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const [user, prefetch] = await Promise.all([requireUser(), headers().then((h) => h.get("next-router-prefetch") === "1")]);
  // A notification still waiting for this person becomes a notice before the banner lists them
  // (one cheap query when none waits; shared with the page's own read within this request).
  if (!prefetch) await processWaiting(user);
  const notices = prefetch ? null : await listOpen(user);
  return (
    <SignedInFrame user={user} notices={notices}>
      {children}
    </SignedInFrame>
  );
}
