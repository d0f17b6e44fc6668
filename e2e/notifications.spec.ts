import type { Page } from "@playwright/test";
import { E2E, expect, type SandboxAdmin, sandboxAdminClient, test } from "./fixtures";
import { payOnCheckout } from "./support/checkout";
import { adultOffer, createSession } from "./support/sessions";

/**
 * Emails from the job queue, read from the sandbox's mail catcher: the reminder before a booking
 * (with its .ics), a seller's cancellation with their message, and the one-click unsubscribe. The
 * e2e portal scans bookings every minute, so each wait allows a scan or two.
 */

const DEMO = E2E.demo.email;
const SCAN_WAIT = 150_000;

interface Caught {
  subject: string;
  text: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: string }[];
}

async function mailFor(admin: SandboxAdmin, subject: RegExp): Promise<Caught[]> {
  const res = await admin.get<{ items: Caught[] }>(`/admin/mail?to=${encodeURIComponent(DEMO)}`);
  expect(res.status).toBe(200);
  return res.body.items.filter((m) => subject.test(m.subject));
}

async function waitForMail(admin: SandboxAdmin, subject: RegExp): Promise<Caught> {
  await expect.poll(async () => (await mailFor(admin, subject)).length, { timeout: SCAN_WAIT, intervals: [2000] }).toBeGreaterThan(0);
  return (await mailFor(admin, subject))[0]!;
}

/** A session starting within the next day (by the sandbox clock), booked by the demo customer at imin's checkout. */
async function bookSessionWithinADay(page: Page, admin: SandboxAdmin): Promise<{ id: string; name: string }> {
  const clock = await admin.get<{ now: string }>("/admin/clock");
  // Soon, so the booking is among the first upcoming ones the scan reads, whatever the hour: after
  // midnight the seed's whole day of bookings would come before one 20 hours ahead.
  const startDate = new Date(Date.parse(clock.body.now) + 3 * 3_600_000);
  startDate.setUTCMinutes(0, 0, 0);
  const session = await createSession(admin, { startDate: startDate.toISOString(), offers: [adultOffer] });
  await page.goto(`/book/${encodeURIComponent(session.id)}`);
  await page.getByRole("button", { name: "Book now: Adult ticket" }).click();
  await payOnCheckout(page);
  return session;
}

test.describe("notification emails", () => {
  test.describe.configure({ mode: "serial", timeout: 6 * 60_000 });

  test.beforeAll(async () => {
    await sandboxAdminClient().reset();
  });
  test.afterAll(async ({ browser }) => {
    // Leave the demo customer as other specs expect it: seed data, every email on.
    await sandboxAdminClient().reset();
    const context = await browser.newContext({ storageState: E2E.storageState });
    const page = await context.newPage();
    await page.goto("/account");
    await page.getByLabel("Booking reminders").check();
    await page.getByRole("button", { name: "Save email choices" }).click();
    await expect(page.getByText("Your email choices are saved.")).toBeVisible();
    // The seller-side change above left a notice open: later specs expect none.
    await page.goto("/sellers");
    await expect(page.getByRole("region", { name: "Linked accounts" })).toBeVisible();
    const dismiss = page.getByRole("region", { name: /updates? about your memberships/i }).getByRole("button", { name: /dismiss/i });
    // Each Dismiss takes one notice away; the banner may also settle on its own (it reads the open
    // notices again after the first paint), so a button gone before the click is fine too.
    for (let left = await dismiss.count(); left > 0; left = await dismiss.count()) {
      await dismiss
        .first()
        .click({ timeout: 5_000 })
        .catch(() => undefined);
      await expect(dismiss).not.toHaveCount(left);
    }
    await context.close();
  });

  let reminderText = "";

  test("a booking within the next day gets its reminder with the .ics; the seller's cancellation arrives with their message", async ({
    demoPage: page,
    sandboxAdmin,
  }) => {
    const session = await bookSessionWithinADay(page, sandboxAdmin);

    const reminder = await waitForMail(sandboxAdmin, new RegExp(`^Reminder: ${session.name}`));
    expect(reminder.subject).toMatch(/(GMT|BST) \(Acme Fitness\)$/);
    expect(reminder.text).toContain("/bookings");
    const [ics] = reminder.attachments;
    expect(ics?.filename).toBe("booking.ics");
    expect(ics?.content).toContain(`SUMMARY:${session.name}`);
    expect(ics?.content).toContain("DTSTART;TZID=Europe/London:");
    expect(reminder.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(reminder.headers["list-unsubscribe"]).toMatch(/^<http:\/\/localhost:\d+\/api\/unsubscribe\?/);
    reminderText = reminder.text;

    const cancelled = await sandboxAdmin.post(`/admin/sessions/${encodeURIComponent(session.id)}/cancel`, {
      message: "Our instructor is unwell; sorry for the short notice.",
    });
    expect(cancelled.status).toBe(200);
    const mail = await waitForMail(sandboxAdmin, new RegExp(`^Cancelled by the organiser: ${session.name}`));
    expect(mail.text).toContain("Our instructor is unwell; sorry for the short notice.");
    expect(mail.text).toMatch(/refund/i);
    expect(mail.text).toMatch(/http:\/\/localhost:\d+\/orders\//);
  });

  test("unsubscribing from the email link, without signing in, stops the reminders", async ({
    browser,
    demoPage,
    sandboxAdmin,
    axeCheck,
  }) => {
    const link = reminderText.match(/https?:\/\/\S+\/unsubscribe\?\S+/)?.[0];
    expect(link, "the unsubscribe link in the reminder").toBeTruthy();

    const anonymous = await browser.newContext();
    const page = await anonymous.newPage();
    await page.goto(link!);
    await expect(page.getByRole("heading", { level: 1, name: "Unsubscribe" })).toBeVisible();
    await axeCheck(page);
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByText("You won't get booking reminders by email any more.")).toBeVisible();
    await axeCheck(page);
    await anonymous.close();

    await demoPage.goto("/account");
    await expect(demoPage.getByLabel("Booking reminders")).not.toBeChecked();
    await expect(demoPage.getByLabel("Cancellations by the organiser")).toBeChecked();

    // A new booking within the day, then a change at a seller: the webhook brings the customer's
    // bookings up to date at once, and its notice email follows (a minute's pass) after that.
    const session = await bookSessionWithinADay(demoPage, sandboxAdmin);
    const changed = await sandboxAdmin.post("/admin/linked-accounts/demo-customer/northern-active/access-pass", { text: "NA55667788" });
    expect(changed.status).toBeLessThan(300);
    await waitForMail(sandboxAdmin, /A change to your account/);
    await demoPage.waitForTimeout(5000);
    expect(await mailFor(sandboxAdmin, new RegExp(`^Reminder: ${session.name}`))).toHaveLength(0);
  });
});
