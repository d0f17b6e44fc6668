import "server-only";
import { sql } from "drizzle-orm";
import { users, webhookReceipts } from "@/lib/db/schema";

/**
 * A signed-in page first handles any webhook notification still waiting for the person
 * (`processWaiting`). Rather than a query of its own after the session's, the session query reads
 * that flag too (`noticeStateColumns`, evaluated with the login row), and `processWaiting` uses it
 * for the rest of the request. The state belongs to one PortalUser object — one request — and is
 * forgotten once the request processes the notifications.
 */
export interface NoticeState {
  /** A webhook notification for this customer is stored and not yet processed. */
  waiting: boolean;
}

/** Select these beside `users` (joined under that name) to read the login's notice state in the same round trip. */
export const noticeStateColumns = {
  noticesWaiting:
    sql<boolean>`exists (select 1 from ${webhookReceipts} where ${webhookReceipts.iminCustomerId} = ${users.iminCustomerId} and ${webhookReceipts.processedAt} is null)`.mapWith(
      (v: unknown) => v === true || v === "t" || v === "true",
    ),
};

const KEY = Symbol.for("imin-portal.notice-state");
type Holder = { [KEY]?: WeakMap<object, NoticeState> };

function states(): WeakMap<object, NoticeState> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new WeakMap();
  return holder[KEY];
}

/** Keeps the notice state read with the session for this request's user object. */
export function rememberNoticeState(user: object, state: NoticeState) {
  states().set(user, state);
}

/** The state read with the session, unless this request has processed notifications since. */
export function knownNoticeState(user: object): NoticeState | undefined {
  return states().get(user);
}

/** Notifications were (or may have been) processed in this request: ask the database again. */
export function forgetNoticeState(user: object) {
  states().delete(user);
}
