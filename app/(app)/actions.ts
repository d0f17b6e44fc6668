"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signOut } from "@/auth";
import { authedFormAction } from "@/lib/actions/authed-action";
import { getCurrentUser } from "@/lib/auth/current-user";
import { endSessions } from "@/lib/db/queries";
import { dismiss } from "@/lib/notices";

const noticeId = z.uuid();

/** Dismisses one of the signed-in person's notices; the id alone can never reach someone else's. */
export const dismissNoticeAction = authedFormAction(async (formData, { user }) => {
  const parsed = noticeId.safeParse(formData.get("noticeId"));
  if (!parsed.success) return;
  await dismiss(user, parsed.data);
  revalidatePath("/", "layout");
});

/** Signs out; an already signed-out person just lands on the sign-in page. */
export async function signOutAction() {
  // Server-side too: a copy of the cookie (or a late response re-setting it) no longer signs in.
  const user = await getCurrentUser();
  if (user) await endSessions(user.id);
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
