import "server-only";
import { sql } from "drizzle-orm";
import { notices, users, webhookReceipts } from "@/lib/db/schema";
import type { NoticeView } from "./view";

/**
 * A signed-in page needs the person's notice state (is a notification waiting? which notices are
 * open?) on every load. Rather than two more queries after the session's, the session query reads
 * it too (`noticeStateColumns`, evaluated with the login row), and the banner and `processWaiting`
 * use that for the rest of the request. The state belongs to one PortalUser object — one request —
 * and is forgotten as soon as the request changes notices (processing, dismissing).
 */
export interface NoticeState {
  /** A webhook notification for this customer is stored and not yet processed. */
  waiting: boolean;
  /** Open notices, newest first (the banner's list). */
  open: NoticeView[];
}

export const OPEN_NOTICES_LIMIT = 10;

function parseOpen(value: unknown): NoticeView[] {
  const rows = typeof value === "string" ? JSON.parse(value) : value;
  if (!Array.isArray(rows)) return [];
  return rows.map((r: { id: string; kind: string; message: string }) => ({ id: r.id, kind: r.kind, message: r.message }));
}

/** Select these beside `users` (joined under that name) to read the login's notice state in the same round trip. */
export const noticeStateColumns = {
  noticesWaiting:
    sql<boolean>`exists (select 1 from ${webhookReceipts} where ${webhookReceipts.iminCustomerId} = ${users.iminCustomerId} and ${webhookReceipts.processedAt} is null)`.mapWith(
      (v: unknown) => v === true || v === "t" || v === "true",
    ),
  openNotices: sql<
    NoticeView[]
  >`(select coalesce(json_agg(json_build_object('id', o.id, 'kind', o.kind, 'message', o.message) order by o.created_at desc), '[]'::json)
    from (select ${notices.id} as id, ${notices.kind} as kind, ${notices.message} as message, ${notices.createdAt} as created_at
          from ${notices} where ${notices.userId} = ${users.id} and ${notices.dismissedAt} is null
          order by ${notices.createdAt} desc limit ${sql.raw(String(OPEN_NOTICES_LIMIT))}) o)`.mapWith(parseOpen),
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

/** The state read with the session, unless this request has changed notices since. */
export function knownNoticeState(user: object): NoticeState | undefined {
  return states().get(user);
}

/** Notices changed (or may have) in this request: read them again. */
export function forgetNoticeState(user: object) {
  states().delete(user);
}
