import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { notices, users } from "@/lib/db/schema";
import { notificationsSent } from "@/lib/db/schema-notifications";
import { sendNotification } from "@/lib/notifications/deliver";
import { getEmailPreferences } from "@/lib/notifications/preferences";
import { unsubscribeUrl } from "@/lib/notifications/unsubscribe";
import { mailPortalUrl, recipientLocale } from "@/lib/mail/words";
import { sendOneOff } from "../reminders/store";

/** Notices older than this are not emailed any more (the customer has likely seen them). */
const WINDOW_MS = 2 * 86_400_000;

function page(kind: string): "account" | "sellers" {
  return kind === "details-changed" ? "account" : "sellers";
}

/**
 * Emails each change notice the portal recorded (from imin's webhooks) once, to customers who keep
 * these emails on. The notice's own key makes it once however many workers run.
 */
export async function mailNewNotices(now = new Date()): Promise<number> {
  const db = await getDb();
  const waiting = await db
    .select({
      id: notices.id,
      kind: notices.kind,
      message: notices.message,
      userId: users.id,
      email: users.email,
      name: users.givenName,
      locale: users.locale,
    })
    .from(notices)
    .innerJoin(users, eq(users.id, notices.userId))
    .leftJoin(notificationsSent, eq(notificationsSent.dedupeKey, sql`'notice:' || ${notices.id}::text`))
    .where(and(gt(notices.createdAt, new Date(now.getTime() - WINDOW_MS)), isNull(notificationsSent.dedupeKey)))
    .limit(200);
  let sent = 0;
  for (const notice of waiting) {
    const key = `notice:${notice.id}`;
    const mailed = await sendOneOff(key, notice.userId, "account-notice", async () => {
      if (!(await getEmailPreferences(notice.userId)).notices) return false;
      const target = page(notice.kind);
      const locale = recipientLocale(notice.locale);
      await sendNotification(
        {
          kind: "account-notice",
          props: {
            name: notice.name ?? undefined,
            message: notice.message,
            pageUrl: mailPortalUrl(`/${target}`, locale),
            page: target,
            unsubscribeUrl: unsubscribeUrl(notice.userId, "notices", locale),
          },
        },
        { userId: notice.userId, email: notice.email, locale },
        "notices",
      );
      return true;
    });
    if (mailed) sent += 1;
  }
  return sent;
}
