import { venueDayKey } from "@/lib/time/venue-time";

/** How many of the venue's calendar days ahead an evidence deadline counts as close. */
const EVIDENCE_NOTICE_DAYS = 3;

function addDays(dayKey: string, days: number): string {
  const [y, m, d] = dayKey.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/**
 * Whether an evidence deadline falls within the next `days` calendar days in the venue's time
 * (today counts as day 0) and has not passed yet. An unreadable deadline is never due.
 */
export function deadlineDueSoon(expiry: string | undefined, now: Date, days = EVIDENCE_NOTICE_DAYS): boolean {
  const at = expiry ? Date.parse(expiry) : Number.NaN;
  if (!Number.isFinite(at) || at <= now.getTime()) return false;
  const deadlineDay = venueDayKey(expiry);
  const today = venueDayKey(now.toISOString());
  if (!deadlineDay || !today) return false;
  return deadlineDay <= addDays(today, days);
}

/** A request still waiting for the customer's evidence (not sent, accepted or rejected). */
export function awaitingEvidence(status: string | undefined): boolean {
  return status === "potential";
}
