import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { notices, users, webhookReceipts, customerSnapshots } from "@/lib/db/schema";
import { openNotices, storeReceipt, dismissNotice } from "@/lib/notices/store";
import { fetchCustomerSummary, getSellerAccounts } from "@/lib/imin/seller-accounts";
import type { PortalUser } from "@/lib/auth/current-user";
import { readAsSeen } from "@/lib/notices";
import { processCustomer, recordCustomerState, recoverUnprocessed } from "@/lib/notices/process";
import { parseNotification, webhookKeyMatches } from "@/lib/notices/webhook";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { startTestSandbox, type TestSandbox, useSandboxAsImin } from "../support/sandbox";

let sb: TestSandbox;
let t: TestDatabase;
let userId: string;
const CUSTOMER = "demo-customer";

beforeAll(async () => {
  sb = await startTestSandbox();
  useSandboxAsImin(sb, { IMIN_WEBHOOK_API_KEY: "unit-webhook-key" });
  t = await openTestDatabase("pglite");
  const db = await getDb();
  const [user] = await db
    .insert(users)
    .values({ email: "demo@example.com", passwordHash: "x", iminCustomerId: CUSTOMER, status: "active" })
    .returning();
  userId = user!.id;
});
afterAll(async () => {
  await t?.close();
  await sb?.close();
});

beforeEach(async () => {
  await sb.api("/admin/reset", { method: "POST" });
  const db = await getDb();
  await db.delete(notices);
  await db.delete(webhookReceipts);
  await db.delete(customerSnapshots);
  // The baseline: what the customer last saw.
  const observedAt = new Date();
  const [customer, sellers] = await Promise.all([fetchCustomerSummary(CUSTOMER), getSellerAccounts(CUSTOMER)]);
  await recordCustomerState(userId, { customer: customer!, sellers: sellers.accounts }, false, observedAt);
});

const notification = { "@context": "https://openactive.io/", "@type": "CustomerAccount", identifier: CUSTOMER };

async function receiptRows() {
  return (await getDb()).select().from(webhookReceipts);
}

describe("webhook processing", () => {
  test("a seller-side change becomes one notice; the receipt is closed", async () => {
    await sb.api(`/admin/linked-accounts/${CUSTOMER}/northern-active/access-pass`, { method: "POST", json: { text: "NA12345678" } });
    expect(await storeReceipt(CUSTOMER, notification)).toBe(true);
    await processCustomer(userId, CUSTOMER);
    const open = await openNotices(userId);
    expect(open.map((n) => n.kind)).toEqual(["access-pass-changed"]);
    expect(open[0]!.message).toContain("NA12345678");
    expect((await receiptRows()).every((r) => r.processedAt)).toBe(true);
  });

  test("repeated deliveries give one notice: coalesced while waiting, and nothing new after", async () => {
    await sb.api(`/admin/linked-accounts/${CUSTOMER}/northern-active`, { method: "DELETE" });
    expect(await storeReceipt(CUSTOMER, notification)).toBe(true);
    expect(await storeReceipt(CUSTOMER, notification)).toBe(false);
    await processCustomer(userId, CUSTOMER);
    await storeReceipt(CUSTOMER, notification);
    await processCustomer(userId, CUSTOMER);
    const open = await openNotices(userId);
    expect(open.map((n) => n.kind)).toEqual(["seller-disconnected"]);
  });

  test("two processors racing on the same notification still give one notice", async () => {
    await sb.api(`/admin/linked-accounts/${CUSTOMER}/northern-active/reject-evidence`, { method: "POST" });
    await storeReceipt(CUSTOMER, notification);
    // The second arrives while the first is being processed.
    const first = processCustomer(userId, CUSTOMER);
    await storeReceipt(CUSTOMER, notification);
    await Promise.all([first, processCustomer(userId, CUSTOMER)]);
    expect((await openNotices(userId)).map((n) => n.kind)).toEqual(["entitlement-removed"]);
    expect((await receiptRows()).every((r) => r.processedAt)).toBe(true);
  });

  test("a notification stored but never processed (a restart) is handled by the recovery pass", async () => {
    await sb.api(`/admin/linked-accounts/${CUSTOMER}/northern-active/customer`, { method: "POST", json: { email: "alex@example.org" } });
    await storeReceipt(CUSTOMER, notification);
    await recoverUnprocessed(true);
    const open = await openNotices(userId);
    expect(open.map((n) => n.kind)).toEqual(["details-changed"]);
    expect(open[0]!.message).toContain("alex@example.org");
  });

  test("if imin fails, the receipt stays open and is retried later", async () => {
    await sb.api(`/admin/linked-accounts/${CUSTOMER}/northern-active`, { method: "DELETE" });
    await storeReceipt(CUSTOMER, notification);
    await sb.api("/admin/faults", { method: "PUT", json: [{ route: "/api/v2/customers", errorRate: 1, errorStatus: 500 }] });
    await processCustomer(userId, CUSTOMER);
    expect((await receiptRows())[0]).toMatchObject({ processedAt: null, attempts: 1 });
    expect(await openNotices(userId)).toEqual([]);
    await sb.api("/admin/faults", { method: "DELETE" });
    await recoverUnprocessed(true);
    expect((await openNotices(userId)).map((n) => n.kind)).toEqual(["seller-disconnected"]);
  });

  test("the customer's own view moves the baseline without notices", async () => {
    await sb.api("/admin/linked-accounts", { method: "POST", json: { customerId: CUSTOMER, seller: "peak-community-sport" } });
    const observedAt = new Date();
    const { accounts } = await getSellerAccounts(CUSTOMER);
    expect(await recordCustomerState(userId, { sellers: accounts }, false, observedAt)).toBe(0);
    await sb.api(`/admin/linked-accounts/${CUSTOMER}/peak-community-sport`, { method: "DELETE" });
    await storeReceipt(CUSTOMER, notification);
    await processCustomer(userId, CUSTOMER);
    const open = await openNotices(userId);
    expect(open.map((n) => n.message)).toEqual([expect.stringContaining("Peak Community Sport")]);
  });

  test("a view read before a newer one was stored (a request's cached read) neither undoes it nor repeats its notice", async () => {
    const user = { id: userId, email: "demo@example.com", iminCustomerId: CUSTOMER } as PortalUser;
    const before = await getSellerAccounts(CUSTOMER);
    await sb.api(`/admin/linked-accounts/${CUSTOMER}/northern-active/access-pass`, { method: "POST", json: { text: "NA55555555" } });
    await storeReceipt(CUSTOMER, notification);
    await processCustomer(userId, CUSTOMER);
    // A page that read the sellers before the change shows that value after the notice was recorded.
    await readAsSeen(
      user,
      async () => before,
      ({ accounts, readAt }) => ({ linkedAccounts: accounts, readAt }),
    );
    // imin delivers the same notification again.
    await storeReceipt(CUSTOMER, { ...notification, "@id": undefined });
    await processCustomer(userId, CUSTOMER);
    const open = await openNotices(userId);
    expect(open.map((n) => n.message)).toEqual([expect.stringContaining("NA55555555")]);
  });

  test("a change read before the customer looked at another part of their account still becomes a notice", async () => {
    await sb.api(`/admin/linked-accounts/${CUSTOMER}/northern-active/access-pass`, { method: "POST", json: { text: "NA66666666" } });
    const sellers = await getSellerAccounts(CUSTOMER);
    // Meanwhile the customer opens their profile (the customer part only, read later).
    const customer = await fetchCustomerSummary(CUSTOMER);
    await recordCustomerState(userId, { customer: customer! }, false, new Date());
    expect(await recordCustomerState(userId, { sellers: sellers.accounts }, true, sellers.readAt)).toBe(1);
    expect((await openNotices(userId)).map((n) => n.message)).toEqual([expect.stringContaining("NA66666666")]);
  });

  test("dismissing: only the owner, only once", async () => {
    await sb.api(`/admin/linked-accounts/${CUSTOMER}/northern-active`, { method: "DELETE" });
    await storeReceipt(CUSTOMER, notification);
    await processCustomer(userId, CUSTOMER);
    const [notice] = await openNotices(userId);
    expect(await dismissNotice("00000000-0000-4000-8000-000000000000", notice!.id)).toBe(false);
    expect(await dismissNotice(userId, notice!.id)).toBe(true);
    expect(await dismissNotice(userId, notice!.id)).toBe(false);
    expect(await openNotices(userId)).toEqual([]);
  });
});

describe("webhook request checks", () => {
  test("key comparison", () => {
    expect(webhookKeyMatches("unit-webhook-key", "unit-webhook-key")).toBe(true);
    expect(webhookKeyMatches("unit-webhook-kez", "unit-webhook-key")).toBe(false);
    expect(webhookKeyMatches("unit-webhook-key-longer", "unit-webhook-key")).toBe(false);
    expect(webhookKeyMatches(null, "unit-webhook-key")).toBe(false);
    expect(webhookKeyMatches("", "")).toBe(false);
  });

  test("body validation", () => {
    expect(parseNotification(JSON.stringify(notification))).toMatchObject({ ok: true, customerId: CUSTOMER });
    expect(
      parseNotification(
        JSON.stringify({ type: "CustomerAccount", id: "https://book.imin.co/api/v2/customer-accounts/abc", identifier: " abc " }),
      ),
    ).toMatchObject({ ok: true, customerId: "abc" });
    for (const bad of [
      "",
      "not json",
      "[]",
      "null",
      JSON.stringify({ "@type": "Order", identifier: "abc" }),
      JSON.stringify({ "@type": "CustomerAccount" }),
      JSON.stringify({ "@type": "CustomerAccount", identifier: "" }),
      JSON.stringify({ "@type": "CustomerAccount", identifier: "abc", "@id": "https://x.example/customer-accounts/other" }),
      JSON.stringify({ "@type": "CustomerAccount", identifier: "a".repeat(300) }),
    ]) {
      expect(parseNotification(bad).ok, bad.slice(0, 60)).toBe(false);
    }
  });
});
