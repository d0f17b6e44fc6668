import "server-only";
import type { User } from "@/lib/db/schema";
import { getSnapshot } from "@/lib/notices/store";
import { formatDateTime } from "@/lib/format";
import { intlLocale } from "@/lib/i18n/locales";
import { getSellerAccounts } from "@/lib/imin/seller-accounts";
import { sendNotification } from "@/lib/notifications/deliver";
import { getEmailPreferences } from "@/lib/notifications/preferences";
import { unsubscribeUrl } from "@/lib/notifications/unsubscribe";
import { readSnapshot } from "@/lib/notices/snapshot";
import { mailPortalUrl, recipientLocale } from "@/lib/mail/words";
import { VENUE_TIME_ZONE } from "@/lib/time/venue-time";
import { sendOneOff } from "./store";
import { awaitingEvidence, deadlineDueSoon } from "./evidence-due-soon";

function dedupeKey(userId: string, sellerId: string, entitlementKey: string, expiry: string): string {
  return `evidence-deadline:${userId}:${sellerId}:${entitlementKey}:${expiry}`;
}

/**
 * Whether the portal's last view of the customer (their stored snapshot) holds an evidence request
 * due soon and not yet emailed. Only then is imin asked: most scans cost no imin call for this.
 */
async function mayHaveDeadline(userId: string, now: Date): Promise<boolean> {
  const sellers = readSnapshot((await getSnapshot(userId))?.snapshot)?.sellers;
  if (!sellers) return false;
  return Object.values(sellers).some((s) => s.entitlements.some((e) => awaitingEvidence(e.status) && deadlineDueSoon(e.expiry, now)));
}

/**
 * Emails the customer once per evidence request whose deadline falls within 3 venue days, after
 * asking imin again: a request already answered (evidence sent, accepted, rejected) or gone gets
 * nothing. The key holds the deadline, so a seller that moves it later gives one more mail then.
 * `pace` spaces the imin call with the rest of the scan. Errors reading imin throw (the scan retries).
 */
export async function mailEvidenceDeadlines(user: User, now: Date, pace: () => Promise<void>): Promise<number> {
  if (!user.iminCustomerId || !(await mayHaveDeadline(user.id, now))) return 0;
  if (!(await getEmailPreferences(user.id)).notices) return 0;
  await pace();
  const { accounts } = await getSellerAccounts(user.iminCustomerId);
  const locale = recipientLocale(user.locale);
  let sent = 0;
  for (const account of accounts) {
    if (!account.linked) continue;
    for (const entitlement of account.entitlements) {
      const expiry = entitlement.evidence?.expiry;
      if (!expiry || !awaitingEvidence(entitlement.evidence?.status) || !deadlineDueSoon(expiry, now)) continue;
      const key = dedupeKey(user.id, account.seller.id, entitlement.id ?? entitlement.label, expiry);
      const mailed = await sendOneOff(key, user.id, "evidence-deadline", async () => {
        await sendNotification(
          {
            kind: "evidence-deadline",
            props: {
              name: user.givenName ?? undefined,
              seller: account.seller.name,
              entitlement: entitlement.label,
              deadline: formatDateTime(expiry, VENUE_TIME_ZONE, intlLocale(locale)),
              sellersUrl: mailPortalUrl("/sellers", locale),
              unsubscribeUrl: unsubscribeUrl(user.id, "notices", locale),
            },
          },
          { userId: user.id, email: user.email, locale },
          "notices",
        );
        return true;
      });
      if (mailed) sent += 1;
    }
  }
  return sent;
}
