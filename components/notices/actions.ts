"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { dismissNotice } from "@/lib/db/queries/notices";

const noticeId = z.uuid();

/** Dismisses one of the signed-in person's notices; the id alone can never reach someone else's. */
export async function dismissNoticeAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const parsed = noticeId.safeParse(formData.get("noticeId"));
  if (!parsed.success) return;
  await dismissNotice(user.id, parsed.data);
  revalidatePath("/", "layout");
}
