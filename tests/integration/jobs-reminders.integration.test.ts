import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { POST as unsubscribePost } from "@/app/api/unsubscribe/route";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { bookingReminders, notificationsSent } from "@/lib/db/schema-notifications";
import { formatDateTime, formatDateTimeRange } from "@/lib/format";
import { cancelBooking } from "@/lib/bookings/cancel";
import { cancelOrderItems, getUpcomingBookings } from "@/lib/imin/orders";
import type { Booking } from "@/lib/imin/order-types";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { reminderJobs as reminderJobDefinitions } from "@/lib/reminders/jobs";
import { setEmailPreferences } from "@/lib/notifications/preferences";
import { REMINDER_SEND } from "@/lib/reminders/queues";
import { scanUpcomingBookings } from "@/lib/reminders/scan";
import { sendReminder } from "@/lib/reminders/send";
import type { CaughtMail } from "@/sandbox/mail/mailbox";
import { backends, withTestDatabase } from "../support/database";
import { mailingTo, withSandboxAsImin } from "../support/sandbox";

const PORTAL = "http://localhost:3998";
const CUSTOMER = { iminCustomerId: "demo-customer", email: "demo@example.com" };
const settings = { hoursBefore: 24, callsPerSecond: 50, concurrency: 2, activeDays: 90, maxPages: 5 };

const sb = withSandboxAsImin({ smtpPort: 0, quiet: true }, mailingTo(PORTAL));

async function admin(path: string, init: { method?: string; json?: unknown } = {}) {
  const res = await sb.api(path, { method: init.method ?? "GET", json: init.json });
  expect(res.status).toBeLessThan(300);
  return res.json();
}

async function mailTo(address: string): Promise<CaughtMail[]> {
  return ((await admin(`/admin/mail?to=${encodeURIComponent(address)}`)) as { items: CaughtMail[] }).items;
}

/** Every upcoming booking imin lists for the demo customer. */
async function upcoming(): Promise<Booking[]> {
  const all: Booking[] = [];
  for (let page = 1; page <= 5; page++) {
    const p = await getUpcomingBookings(CUSTOMER, page);
    all.push(...p.items);
    if (!p.hasNext) break;
  }
  return all;
}

async function confirmedUpcoming(now: Date): Promise<Booking[]> {
  return (await upcoming()).filter((b) => b.status === "confirmed" && !b.eventCancelled && b.startDate && new Date(b.startDate) > now);
}

async function reminderJobs(state: string) {
  const boss = await getBoss();
  const { rows } = await boss
    .getDb()
    .executeSql("SELECT singleton_key, start_after FROM pgboss.job WHERE name = $1 AND state = $2", [REMINDER_SEND.name, state]);
  return rows as { singleton_key: string; start_after: Date }[];
}

async function reminderRow(itemId: string) {
  const [row] = await (await getDb()).select().from(bookingReminders).where(eq(bookingReminders.itemId, itemId));
  return row;
}

describe.each(backends)("booking reminders on $name", ({ name }) => {
  withTestDatabase(name);

  beforeAll(async () => {
    await (await getDb())
      .insert(users)
      .values({ email: CUSTOMER.email, passwordHash: "x", givenName: "Alex", iminCustomerId: CUSTOMER.iminCustomerId, status: "active" });
  });
  afterAll(async () => {
    await stopBoss(0);
  });
  beforeEach(async () => {
    await admin("/admin/reset", { method: "POST", json: { mail: true } });
    const db = await getDb();
    await db.delete(bookingReminders);
    await db.delete(notificationsSent);
    await (await getBoss()).getDb().executeSql("DELETE FROM pgboss.job WHERE name = $1", [REMINDER_SEND.name]);
  });

  test("one reminder job per upcoming booking, due a day before it starts, however many scans run", async () => {
    const now = new Date();
    const expected = await confirmedUpcoming(now);
    expect(expected.length).toBeGreaterThan(1);

    // Two instances scanning at once, then a later scan: still one job per booking.
    const [a, b] = await Promise.all([scanUpcomingBookings(now, settings), scanUpcomingBookings(now, settings)]);
    const again = await scanUpcomingBookings(now, settings);
    expect(a.scheduled + b.scheduled).toBe(expected.length);
    expect(again.scheduled).toBe(0);

    const jobs = await reminderJobs("created");
    expect(jobs.map((j) => j.singleton_key).sort()).toEqual(expected.map((e) => e.id).sort());
    for (const booking of expected) {
      const job = jobs.find((j) => j.singleton_key === booking.id)!;
      const due = Math.max(now.getTime(), new Date(booking.startDate!).getTime() - 24 * 3_600_000);
      expect(Math.abs(new Date(job.start_after).getTime() - due)).toBeLessThan(2000);
    }
  });

  test("a customer imin no longer has is skipped: the pass still schedules everyone else's reminders and does not fail", async () => {
    const db = await getDb();
    const [gone] = await db
      .insert(users)
      .values({ email: "gone@example.com", passwordHash: "x", givenName: "Gone", iminCustomerId: "deleted-at-imin", status: "active" })
      .returning();
    try {
      const now = new Date();
      const expected = await confirmedUpcoming(now);
      const result = await scanUpcomingBookings(now, settings);
      expect(result.missingCustomers).toBe(1);
      expect(result.failedCustomers).toBe(0);
      expect(result.scheduled).toBe(expected.length);
    } finally {
      await db.delete(users).where(eq(users.id, gone!.id));
    }
  });

  test("a booking the customer cancels loses its reminder at once; one cancelled at imin, at the next scan or at send time", async () => {
    await scanUpcomingBookings(new Date(), settings);
    const [first, second, third] = (await confirmedUpcoming(new Date())).filter((b) => b.cancellable);
    expect(first && second && third).toBeTruthy();

    expect((await cancelBooking(CUSTOMER, first!.id)).status).toBe("cancelled");
    expect((await reminderRow(first!.id))?.status).toBe("cancelled");
    expect((await reminderJobs("cancelled")).map((j) => j.singleton_key)).toEqual([first!.id]);

    // Cancelled at imin, not through the portal (the seller's desk, another app): the next scan drops it.
    await cancelOrderItems(second!.orderId!, [second!.id]);
    const scan = await scanUpcomingBookings(new Date(), settings);
    expect(scan.cancelled).toBe(1);
    expect((await reminderRow(second!.id))?.status).toBe("cancelled");

    // Cancelled at imin between two scans: the job checks imin before sending and sends nothing.
    await cancelOrderItems(third!.orderId!, [third!.id]);
    expect(await sendReminder(third!.id)).toBe("cancelled");
    expect(await mailTo(CUSTOMER.email)).toHaveLength(0);
  });

  test("the reminder arrives in the venue's time with the .ics and one-click unsubscribe; unsubscribed, no more reminders", async () => {
    await scanUpcomingBookings(new Date(), settings);
    const [first, second] = await confirmedUpcoming(new Date());

    expect(await sendReminder(first!.id)).toBe("sent");
    expect(await sendReminder(first!.id)).toBe("already-done");
    const [mail, ...others] = await mailTo(CUSTOMER.email);
    expect(others).toHaveLength(0);
    expect(mail!.subject).toContain(`Reminder: ${first!.title}`);
    expect(mail!.text).toMatch(/\d{2}:\d{2}.*(GMT|BST)/);
    expect(mail!.text).toContain(`${PORTAL}/bookings`);
    // The cancel deadline: the start less the offer's window, in the venue's time.
    if (first!.cancellable && first!.cancellationWindowMinutes !== undefined) {
      const closes = new Date(Date.parse(first!.startDate!) - first!.cancellationWindowMinutes * 60_000).toISOString();
      expect(mail!.text).toContain(`You can cancel online until ${formatDateTime(closes, first!.timeZone)}`);
    } else if (first!.cancellable) {
      expect(mail!.text).toContain("until it starts");
    } else {
      expect(mail!.text).toContain("can no longer be cancelled online");
    }
    const [ics] = mail!.attachments;
    expect(ics).toMatchObject({ filename: "booking.ics" });
    expect(ics!.contentType).toContain("text/calendar");
    expect(ics!.content).toContain("BEGIN:VEVENT");
    expect(ics!.content).toContain("TZID=Europe/London");

    expect(mail!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const link = /^<(.+)>$/.exec(mail!.headers["list-unsubscribe"]!)![1]!;
    expect(link.startsWith(`${PORTAL}/api/unsubscribe?`)).toBe(true);
    // A tampered link does nothing; the real one works without any session.
    const forged = link.replace(/k=reminders/, "k=notices");
    const refused = await unsubscribePost(
      new Request(forged, { method: "POST", body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }) }),
    );
    expect(refused.status).toBe(400);
    const res = await unsubscribePost(
      new Request(link, { method: "POST", body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }) }),
    );
    expect(res.status).toBe(200);

    expect(await sendReminder(second!.id)).toBe("turned-off");
    expect(await mailTo(CUSTOMER.email)).toHaveLength(1);
  });

  test("a Welsh customer's reminder is Welsh, subject, date, links and calendar file included; the job carries the language", async () => {
    const db = await getDb();
    const setLocale = (locale: string | null) => db.update(users).set({ locale }).where(eq(users.email, CUSTOMER.email));
    await setLocale("cy");
    // The test before turned reminders off from the mail.
    const [me] = await db.select().from(users).where(eq(users.email, CUSTOMER.email));
    await setEmailPreferences(me!.id, { reminders: true });
    try {
      await scanUpcomingBookings(new Date(), settings);
      const { rows } = await (await getBoss())
        .getDb()
        .executeSql("SELECT data FROM pgboss.job WHERE name = $1 AND state = $2", [REMINDER_SEND.name, "created"]);
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows as { data: { locale?: string } }[]) expect(row.data.locale).toBe("cy");

      // The language the job carries is the one written in, even if the stored choice changed since.
      await setLocale("en");
      const [first, second] = await confirmedUpcoming(new Date());
      const send = reminderJobDefinitions.find((j) => j.queue.name === REMINDER_SEND.name)!;
      expect(await send.handle({ itemId: first!.id, locale: "cy" })).toBe("sent");
      const [mail] = await mailTo(CUSTOMER.email);
      const when = formatDateTimeRange(first!.startDate, first!.endDate, first!.timeZone, "cy-GB");
      expect(mail!.subject).toBe(`Nodyn atgoffa: ${first!.title}, ${when} (Acme Fitness)`);
      expect(mail!.text).toContain("Helo Alex,");
      expect(mail!.text).toContain(`Mae eich archeb ar gyfer ${first!.title} yn agosáu: ${when}`);
      expect(mail!.text).toContain(`${PORTAL}/bookings?lang=cy`);
      expect(mail!.text).toMatch(/unsubscribe\?[^\s)]*lang=cy/);
      expect(mail!.text).not.toMatch(/Your booking for|View my bookings|Reminder:/);
      expect(mail!.html).toContain('lang="cy-GB"');
      expect(mail!.attachments[0]!.content).toContain("X-WR-CALNAME:Archebion Acme Fitness");
      // Folded at 75 octets: unfolded first.
      const ics = mail!.attachments[0]!.content.replace(/\r?\n[ \t]/g, "");
      expect(ics).toContain("Rheoli’r archeb hon: http://localhost:3998/bookings");
      if (first!.organizer) expect(ics).toContain(`Trefnydd: ${first!.organizer}`);

      // A job queued before jobs carried a language: the stored choice.
      await setLocale("cy");
      expect(await send.handle({ itemId: second!.id })).toBe("sent");
      const welsh = (await mailTo(CUSTOMER.email)).filter((m) => m.subject.startsWith("Nodyn atgoffa:"));
      expect(welsh).toHaveLength(2);
    } finally {
      await setLocale(null);
    }
  });

  test("a seller's cancellation reaches the customer once, with the seller's message and the refund note", async () => {
    await scanUpcomingBookings(new Date(), settings);
    const [booking] = await confirmedUpcoming(new Date());
    const orders = [...sb.ctx.store.orders.values()];
    const item = orders.flatMap((o) => o.items).find((i) => booking!.id.endsWith(`/order-items/${i.identifier}`))!;
    await admin(`/admin/sessions/${encodeURIComponent(item.sessionId)}/cancel`, {
      method: "POST",
      json: { message: "The pool is closed for repairs this week." },
    });

    await scanUpcomingBookings(new Date(), settings);
    await scanUpcomingBookings(new Date(), settings);
    const mails = (await mailTo(CUSTOMER.email)).filter((m) => m.subject.startsWith("Cancelled by the organiser"));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(booking!.title);
    expect(mails[0]!.text).toContain("The pool is closed for repairs this week.");
    expect(mails[0]!.text).toMatch(/refund/i);
    expect(mails[0]!.headers["list-unsubscribe"]).toContain("k=cancellations");
    expect((await reminderRow(booking!.id))?.status).toBe("cancelled");
  });
});
