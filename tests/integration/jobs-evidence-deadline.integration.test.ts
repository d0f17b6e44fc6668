import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { customerSnapshots, users, type User } from "@/lib/db/schema";
import { notificationsSent } from "@/lib/db/schema-notifications";
import { formatDateTime } from "@/lib/format";
import { getSellerAccounts } from "@/lib/imin/seller-accounts";
import { stopBoss } from "@/lib/jobs/boss";
import { scanUpcomingBookings } from "@/lib/reminders/scan";
import { setEmailPreferences } from "@/lib/notifications/preferences";
import { recordCustomerState } from "@/lib/notices/process";
import type { CaughtMail } from "@/sandbox/mail/mailbox";
import { backends, withTestDatabase } from "../support/database";
import { mailingTo, withSandboxAsImin } from "../support/sandbox";

const PORTAL = "http://localhost:3997";
const CUSTOMER = { iminCustomerId: "demo-customer", email: "demo@example.com" };
const settings = { hoursBefore: 24, callsPerSecond: 50, concurrency: 2, activeDays: 90, maxPages: 5 };
const DAY = 86_400_000;

const sb = withSandboxAsImin({ smtpPort: 0, quiet: true }, mailingTo(PORTAL));

async function admin(path: string, init: { method?: string; json?: unknown; okOnly?: boolean } = {}) {
  const res = await sb.api(path, { method: init.method ?? "GET", json: init.json });
  if (init.okOnly !== false) expect(res.status).toBeLessThan(300);
  return res.json();
}

async function deadlineMails(): Promise<CaughtMail[]> {
  const { items } = (await admin(`/admin/mail?to=${encodeURIComponent(CUSTOMER.email)}`)) as { items: CaughtMail[] };
  return items.filter((m) => m.subject.startsWith("Evidence due by"));
}

/** A seller whose link asks for evidence, and the demo customer linked there afresh, with the deadline `daysAhead` away. */
async function linkWithDeadline(daysAhead: number) {
  const seller = [...sb.ctx.store.sellers.values()].find((s) => s.linkProfile === "evidence")!;
  expect(seller).toBeTruthy();
  await admin(`/admin/linked-accounts/${CUSTOMER.iminCustomerId}/${seller.slug}`, { method: "DELETE", okOnly: false });
  // The sandbox gives a new request 14 days; linking with its clock set back puts the deadline where the test wants it.
  await admin("/admin/clock", { method: "POST", json: { set: new Date(Date.now() - (14 - daysAhead) * DAY).toISOString() } });
  await admin("/admin/linked-accounts", { method: "POST", json: { customerId: CUSTOMER.iminCustomerId, seller: seller.slug } });
  await admin("/admin/clock", { method: "POST", json: { reset: true } });
  const request = sb.ctx.store.linkedAccount(CUSTOMER.iminCustomerId, seller.id)!.evidenceRequests[0]!;
  expect(request.status).toBe("potential");
  return { seller, request };
}

/** What the customer saw on /sellers: the portal's stored view (snapshot) of their linked accounts. */
async function customerSawSellers(user: User) {
  const { accounts } = await getSellerAccounts(CUSTOMER.iminCustomerId);
  await recordCustomerState(user.id, { sellers: accounts }, false, new Date());
}

describe.each(backends)("evidence deadline mail on $name", ({ name }) => {
  withTestDatabase(name);
  let user: User;

  beforeAll(async () => {
    [user] = await (await getDb())
      .insert(users)
      .values({ email: CUSTOMER.email, passwordHash: "x", givenName: "Alex", iminCustomerId: CUSTOMER.iminCustomerId, status: "active" })
      .returning();
  });
  afterAll(async () => {
    await stopBoss(0);
  });
  beforeEach(async () => {
    await admin("/admin/reset", { method: "POST", json: { mail: true } });
    const db = await getDb();
    await db.delete(notificationsSent);
    await db.delete(customerSnapshots).where(eq(customerSnapshots.userId, user.id));
    await setEmailPreferences(user.id, { notices: true });
  });

  test("a deadline within 3 days is emailed once from the scan, in the venue's time, linking to /sellers", async () => {
    const { seller, request } = await linkWithDeadline(2);
    await customerSawSellers(user);

    const first = await scanUpcomingBookings(new Date(), settings);
    const second = await scanUpcomingBookings(new Date(), settings);
    expect(first.evidenceMails).toBe(1);
    expect(second.evidenceMails).toBe(0);

    const [mail, ...others] = await deadlineMails();
    expect(others).toHaveLength(0);
    const deadline = formatDateTime(request.expiry, "Europe/London");
    expect(deadline).toMatch(/(GMT|BST)$/);
    expect(mail!.subject).toBe(`Evidence due by ${deadline}: Concession at ${seller.name} (Acme Fitness)`);
    expect(mail!.text).toContain(deadline);
    expect(mail!.text).toContain(`${PORTAL}/sellers`);
    expect(mail!.headers["list-unsubscribe"]).toContain("k=notices");
  });

  test("a deadline further off is not emailed yet", async () => {
    await linkWithDeadline(5);
    await customerSawSellers(user);
    expect((await scanUpcomingBookings(new Date(), settings)).evidenceMails).toBe(0);
    expect(await deadlineMails()).toHaveLength(0);
  });

  test("evidence sent at the seller, or the request gone, before the scan: no mail, though the portal's last view still shows it", async () => {
    const { seller, request } = await linkWithDeadline(1);
    await customerSawSellers(user);
    // The customer sends the evidence on the seller's page (imin sends no webhook for it).
    const sent = await fetch(`${sb.url}/connect/evidence/${request.id}`, { method: "POST", body: new FormData(), redirect: "manual" });
    expect(sent.status).toBe(303);
    expect((await scanUpcomingBookings(new Date(), settings)).evidenceMails).toBe(0);

    const again = await linkWithDeadline(1);
    await customerSawSellers(user);
    expect(again.request.id).not.toBe(request.id);
    await admin(`/admin/linked-accounts/${CUSTOMER.iminCustomerId}/${seller.slug}`, { method: "DELETE" });
    expect((await scanUpcomingBookings(new Date(), settings)).evidenceMails).toBe(0);
    expect(await deadlineMails()).toHaveLength(0);
  });

  test("a customer who turned off emails about their sellers gets none", async () => {
    await linkWithDeadline(2);
    await customerSawSellers(user);
    await setEmailPreferences(user.id, { notices: false });
    expect((await scanUpcomingBookings(new Date(), settings)).evidenceMails).toBe(0);
    expect(await deadlineMails()).toHaveLength(0);
  });
});
