import { headers } from "next/headers";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getBrokerConfig } from "@/lib/broker/config";
import { isSandboxMode } from "@/lib/sandbox-mode";
import { SignedInFrame } from "@/app/(app)/_components/signed-in-frame";
import { PublicFrame } from "./_components/public-frame";
import { listOpen, processWaiting } from "./data";

/**
 * The frame of the pages anyone may open (the timetable and the session and slot pages): the
 * signed-in frame for a customer (as app/(app)/layout.tsx draws it), the public frame (brand,
 * Sign in / Create an account) for a visitor. Pages decide what they show to whom themselves.
 */
export default async function BrowseLayout({ children }: { children: ReactNode }) {
  const [user, h] = await Promise.all([getCurrentUser(), headers()]);
  if (!user) {
    return (
      <PublicFrame broker={getBrokerConfig()} sandbox={isSandboxMode()} path={h.get("x-portal-path")}>
        {children}
      </PublicFrame>
    );
  }
  const prefetch = h.get("next-router-prefetch") === "1";
  if (!prefetch) await processWaiting(user);
  const notices = prefetch ? null : await listOpen(user);
  return (
    <SignedInFrame user={user} notices={notices}>
      {children}
    </SignedInFrame>
  );
}
