"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { dismissNotice, openNotices } from "@/lib/db/queries/notices";
import { processPendingFor } from "@/lib/notices/process";

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

export interface NoticeView {
  id: string;
  kind: string;
  message: string;
}

/** The signed-in person's open notices, for the banner after an in-app navigation. */
export async function openNoticesAction(): Promise<NoticeView[]> {
  const user = await getCurrentUser();
  if (!user) return [];
  await processPendingFor(user.id, user.iminCustomerId).catch(() => undefined);
  const rows = await openNotices(user.id).catch(() => []);
  return rows.map(({ id, kind, message }) => ({ id, kind, message }));
}
