import "server-only";
import type { User } from "@/lib/db/schema";
import { IminError } from "@/lib/imin/errors";
import { getUpcomingBookings } from "@/lib/imin/orders";
import type { Booking } from "@/lib/imin/order-types";
import { eachLimited, pacer } from "@/lib/jobs/pace";
import { mailEvidenceDeadlines } from "./evidence-deadline-mail";
import { dropReminder, scheduleReminder } from "./schedule";
import { notifySellerCancelled } from "./cancelled";
import { reminderSettings, type ReminderSettings } from "./settings";
import { getReminder, recentlyActiveUsers } from "./store";

export interface ScanResult {
  customers: number;
  scheduled: number;
  cancelled: number;
  /** Evidence deadlines within 3 days emailed in this pass. */
  evidenceMails: number;
  failedCustomers: number;
  /** Customers imin no longer has (deleted there): skipped, not retried. */
  missingCustomers: number;
}

function isConfirmed(b: Booking): boolean {
  return b.status === "confirmed" && !b.eventCancelled;
}

/** A booking seen confirmed before and cancelled now: its reminder is dropped; a seller's cancellation is emailed. */
async function handleCancelled(user: User, booking: Booking): Promise<boolean> {
  // Only a booking seen confirmed before (it has a reminder row) is news; older cancellations are not.
  if (!(await getReminder(booking.id))) return false;
  const cancelled = await dropReminder(booking.id);
  if (booking.status === "seller-cancelled" || booking.eventCancelled) await notifySellerCancelled(user, booking);
  return cancelled;
}

async function scanCustomer(user: User, now: Date, s: ReminderSettings, pace: () => Promise<void>, result: ScanResult) {
  const customer = { iminCustomerId: user.iminCustomerId!, email: user.email };
  for (let page = 1; page <= s.maxPages; page++) {
    await pace();
    const { items, hasNext } = await getUpcomingBookings(customer, page);
    for (const booking of items) {
      const startsAt = booking.startDate ? new Date(booking.startDate) : undefined;
      if (!startsAt || !Number.isFinite(startsAt.getTime())) continue;
      if (isConfirmed(booking)) {
        if (startsAt > now && (await scheduleReminder(user, booking, startsAt, now, s))) result.scheduled += 1;
      } else if (await handleCancelled(user, booking)) {
        result.cancelled += 1;
      }
    }
    if (!hasNext || !items.length) break;
  }
  result.evidenceMails += await mailEvidenceDeadlines(user, now, pace);
}

/**
 * One customer's bookings, now: imin's webhook says something changed for them (a seller cancelled a
 * session, for one), so their reminders and cancellations are brought up to date at once.
 */
export async function scanCustomerBookings(user: User, now = new Date(), s: ReminderSettings = reminderSettings()): Promise<ScanResult> {
  const result: ScanResult = { customers: 1, scheduled: 0, cancelled: 0, evidenceMails: 0, failedCustomers: 0, missingCustomers: 0 };
  if (user.iminCustomerId) await scanCustomer(user, now, s, pacer(s.callsPerSecond), result);
  return result;
}

/**
 * Reads the upcoming bookings of every recently active customer (a few at once, paced towards
 * imin), schedules one reminder per booking and notices cancellations, and emails evidence
 * deadlines within 3 days. A customer whose read fails
 * is counted and the pass throws at the end, so the job retries later with back-off: nothing is lost,
 * and what was scheduled stays scheduled (each step is idempotent). A customer imin answers 404 for
 * is gone there: counted and skipped, so one deleted account cannot fail every pass.
 */
export async function scanUpcomingBookings(now = new Date(), s: ReminderSettings = reminderSettings()): Promise<ScanResult> {
  const customers = (await recentlyActiveUsers(s.activeDays, now)).filter((u) => u.iminCustomerId);
  const result: ScanResult = {
    customers: customers.length,
    scheduled: 0,
    cancelled: 0,
    evidenceMails: 0,
    failedCustomers: 0,
    missingCustomers: 0,
  };
  const pace = pacer(s.callsPerSecond);
  const readErrors = await eachLimited(customers, s.concurrency, (user) => scanCustomer(user, now, s, pace, result));
  const gone = (e: unknown) => e instanceof IminError && e.kind === "not_found";
  const errors = readErrors.filter((e) => !gone(e));
  result.missingCustomers = readErrors.length - errors.length;
  result.failedCustomers = errors.length;
  if (errors.length) {
    const first = errors[0] instanceof Error ? errors[0].name : "error";
    throw new Error(`reminder scan: ${errors.length} of ${customers.length} customer(s) could not be read (${first}); retrying later`);
  }
  return result;
}
