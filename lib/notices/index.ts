import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { dismissNotice, openNotices } from "@/lib/notices/store";
import type { CustomerSummary, SellerAccount } from "@/lib/imin/seller-accounts";
import { forgetNoticeState, knownNoticeState } from "./preload";
import type { NoticeView } from "./view";
import { processPendingFor, recordCustomerState } from "./process";

/**
 * Change notices, as one service: what the customer has now seen (the baseline), what is waiting
 * (stored webhook notifications) and what is open (notices not yet dismissed). Called from the
 * functions that read the customer and their linked accounts, and from the notices API; never from
 * components. Notices are a courtesy: none of these throws.
 */

export type { NoticeView } from "./view";

export interface Seen {
  customer?: CustomerSummary | null;
  linkedAccounts?: SellerAccount[];
  /** When the value began to be read from imin, if it says (a request's cached value can be older than the call). */
  readAt?: Date;
}

/**
 * Handles the stored notifications for this person (once per request), before their notices are
 * read. Nothing to do when the session's query found none waiting.
 */
export async function processWaiting(user: PortalUser): Promise<void> {
  const known = knownNoticeState(user);
  if (known && !known.waiting) return;
  forgetNoticeState(user);
  await processPendingFor(user.id, user.iminCustomerId).catch(() => undefined);
}

/**
 * What the customer has now seen moves the baseline later changes are compared with, without a
 * notice. `readAt` is when it was read from imin.
 */
async function recordSeen(user: PortalUser, seen: Seen, readAt: Date): Promise<void> {
  await recordCustomerState(user.id, { customer: seen.customer ?? undefined, sellers: seen.linkedAccounts }, false, readAt).catch(
    () => undefined,
  );
}

/**
 * Reads what the customer is about to see: notifications still waiting are handled first (so the new
 * baseline cannot swallow them), then what was read is recorded as seen. Errors of `read` pass through.
 */
export async function readAsSeen<T>(user: PortalUser, read: () => Promise<T>, seen: (value: T) => Seen): Promise<T> {
  await processWaiting(user);
  const calledAt = new Date();
  const value = await read();
  const view = seen(value);
  const readAt = view.readAt && view.readAt < calledAt ? view.readAt : calledAt;
  await recordSeen(user, view, readAt);
  return value;
}

/** The person's open notices, newest first. */
export async function listOpen(user: PortalUser): Promise<NoticeView[]> {
  const rows = await openNotices(user.id).catch(() => []);
  return rows.map(({ id, kind, message }) => ({ id, kind, message }));
}

/** Dismisses one of the person's own notices; another person's id matches nothing. */
export async function dismiss(user: PortalUser, noticeId: string): Promise<void> {
  await dismissNotice(user.id, noticeId);
}
