"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/auth";
import { authedFormAction } from "@/lib/actions/authed-action";
import { signOutEverywhere } from "@/lib/auth/session-cookie";
import { dismiss } from "@/lib/notices";

const noticeId = z.uuid();

/** Dismisses one of the signed-in person's notices; the id alone can never reach someone else's. */
export const dismissNoticeAction = authedFormAction(async (formData, { user }) => {
  const parsed = noticeId.safeParse(formData.get("noticeId"));
  if (!parsed.success) return;
  await dismiss(user, parsed.data);
  revalidatePath("/", "layout");
});

/**
 * Signs this browser out: the session ends server-side too, so a copy of the cookie (or a late
 * response re-setting it) no longer signs in. An already signed-out person lands on /sign-in.
 */
export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}

/** Ends every session of the signed-in person, on every device, this one included. */
export const signOutEverywhereAction = authedFormAction(async () => {
  await signOutEverywhere();
  redirect("/sign-in?signedOut=everywhere");
});
