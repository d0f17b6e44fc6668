"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { EMAIL_KINDS } from "@/lib/notifications/kinds";
import { setEmailPreferences } from "@/lib/notifications/preferences";

/** Saves which kinds of email the signed-in person wants (a ticked box is on, an unticked one off). */
export async function saveEmailPreferencesAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  await setEmailPreferences(user.id, Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, formData.get(kind) === "on"])));
  redirect("/account?emails=saved#email-preferences");
}
