import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { deleteAccount } from "@/lib/accounts/delete-account";
import type { PortalUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { completeCustomerCreation, createPendingUser } from "@/lib/accounts/create-store";
import { getUserById, markEmailVerified } from "@/lib/accounts/store";
import { resetEnvCache } from "@/lib/env";
import { addHouseholdMember } from "@/lib/family/create-member";
import type { MemberInput } from "@/lib/family/member-details";
import { getHouseholdMember, listHouseholdMembers } from "@/lib/family/members";
import { removeHouseholdMember } from "@/lib/family/remove-member";
import { updateHouseholdMember } from "@/lib/family/update-member";
import { createCustomerAccount } from "@/lib/imin/customers";
import { IminError } from "@/lib/imin/errors";
import { cancelBooking } from "@/lib/bookings/cancel";
import { getUpcomingBookings } from "@/lib/imin/orders";
import { backends, withTestDatabase } from "../support/database";
import { startSandboxAsImin, type TestSandbox } from "../support/sandbox";
import { checkoutSessionRequest, portalLinks } from "../support/checkout-request";

/**
 * Family members against a real sandbox and a real database: the imin account comes first, the
 * row only with imin's identifier, and nothing is left half-done when imin says no or is away.
 */

let sandbox: TestSandbox;
let counter = 0;
const PASSWORD = "correct horse battery staple 42";

function useSandboxAt(url: string) {
  process.env.IMIN_BOOKING_API_URL = `${url}/api/v2`;
  resetEnvCache();
}

beforeAll(async () => {
  sandbox = await startSandboxAsImin();
});

afterAll(async () => {
  await sandbox?.close();
});

/** Dates relative to the sandbox's today, so the ages hold on any date. */
function yearsAgo(years: number, days = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const child = (): MemberInput => ({ givenName: "Sam", familyName: "Rivers", birthDate: yearsAgo(8, 10) });
const adult = (): MemberInput => ({
  givenName: "Jo",
  familyName: "Rivers",
  birthDate: yearsAgo(40),
  email: "jo.rivers@example.com",
  gender: "https://schema.org/Female",
  emergencyContactName: "Pat Rivers",
  emergencyContactTelephone: "020 7946 0000",
});
const nonce = () => `nonce-${++counter}-${Math.random().toString(36).slice(2, 12)}`;

/** A signed-up, verified account holder with their imin Customer Account. */
async function newHolder(): Promise<PortalUser> {
  const email = `holder-${++counter}-${Date.now().toString(36)}@example.com`;
  const created = await createCustomerAccount({ email, givenName: "Alex", familyName: "Rivers", is13OrOver: true });
  const passwordHash = await hashPassword(PASSWORD);
  const user = (await createPendingUser({ email, passwordHash, givenName: "Alex", customerPayload: {} }))!;
  await markEmailVerified(user.id, passwordHash, new Date());
  await completeCustomerCreation(user.id, { customerId: created.identifier, customerUrl: created.url });
  return {
    id: user.id,
    email,
    iminCustomerId: created.identifier,
    iminCustomerUrl: created.url,
    sessionId: "test",
    sessionExpiresAt: new Date(Date.now() + 3_600_000),
  };
}

/** A port nobody listens on (taken and released at once). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const customer = (id: string) => sandbox.ctx.store.customers.get(id);
const customerCount = () => sandbox.ctx.store.customers.size;

async function setFaults(rules: unknown) {
  const res = await sandbox.api("/admin/faults", { method: "PUT", json: rules });
  expect(res.status).toBeLessThan(300);
}

/** A paid group booking by the holder with the member as one attendee, on a session made for the test. */
async function bookHolderAndMember(holder: PortalUser, memberCustomerId: string) {
  const made = await sandbox.apiJson("/admin/sessions", {
    method: "POST",
    json: {
      seller: "riverside-leisure",
      name: "Family swim",
      offers: [{ name: "Swim", pricePence: 500, cancellationWindowMinutes: 60 }],
      capacity: 20,
    },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const account = (id: string) => `${sandbox.ctx.urls.booking}/customer-accounts/${id}`;
  const item = (attendee: string) => ({
    type: "OrderItem",
    acceptedOffer: made.body.series.offers[0].id,
    orderedItem: { type: "ScheduledSession", identifier: made.body.session.identifier },
    attendee: account(attendee),
  });
  const checkout = await sandbox.apiJson("/api/checkout-sessions", {
    method: "POST",
    json: checkoutSessionRequest({
      customer: holder.iminCustomerUrl,
      broker: { name: "Test Portal", url: "https://portal.example" },
      orderedItem: [item(holder.iminCustomerId), item(memberCustomerId)],
      links: portalLinks,
    }),
  });
  expect(checkout.status, JSON.stringify(checkout.body)).toBe(201);
  const target: string = checkout.body.potentialAction[0].target;
  const paid = await fetch(target, {
    method: "POST",
    body: new URLSearchParams({ cardNumber: "4242424242424242" }),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  expect(paid.status).toBe(303);
  const order = sandbox.ctx.store.ordersOfCustomer(holder.iminCustomerId)[0]!;
  return { order, memberItem: order.items.find((i) => i.attendee?.identifier === memberCustomerId)! };
}

describe.each(backends)("family members on $name", ({ name }) => {
  withTestDatabase(name);
  beforeEach(async () => {
    await sandbox.api("/admin/faults", { method: "DELETE" });
    useSandboxAt(sandbox.url);
  });

  test("adds a child and an adult as imin Customer Accounts linked to the holder", async () => {
    const holder = await newHolder();
    const kid = await addHouseholdMember(holder, child(), nonce());
    const grown = await addHouseholdMember(holder, adult(), nonce());
    expect(kid.status).toBe("added");
    expect(grown.status).toBe("added");
    if (kid.status !== "added" || grown.status !== "added") return;

    // The child's account: the holder's email (imin needs one), under 13 from the date of birth.
    const kidAtImin = customer(kid.member.iminCustomerId)!;
    expect(kidAtImin).toMatchObject({ givenName: "Sam", familyName: "Rivers", email: holder.email, is13OrOver: false });
    expect(kidAtImin.birthDate).toBe(child().birthDate);
    const grownAtImin = customer(grown.member.iminCustomerId)!;
    expect(grownAtImin).toMatchObject({
      email: "jo.rivers@example.com",
      is13OrOver: true,
      gender: "https://schema.org/Female",
      emergencyContact: { name: "Pat Rivers", telephone: "020 7946 0000" },
    });

    const listed = await listHouseholdMembers(holder.id);
    expect(listed.map((m) => [m.givenName, m.iminCustomerId, m.birthDate])).toEqual([
      ["Sam", kid.member.iminCustomerId, child().birthDate],
      ["Jo", grown.member.iminCustomerId, adult().birthDate],
    ]);
    // Another holder sees none of them, not even by id.
    const stranger = await newHolder();
    expect(await listHouseholdMembers(stranger.id)).toEqual([]);
    expect(await getHouseholdMember(stranger.id, kid.member.id)).toBeUndefined();
  });

  test("an imin refusal stores nothing and says why", async () => {
    const holder = await newHolder();
    const before = customerCount();
    // A date the form would never let through reaches imin only through the function: imin refuses it.
    const result = await addHouseholdMember(holder, { ...child(), birthDate: "2015-13-45" }, nonce());
    expect(result.status).toBe("failed");
    if (result.status === "failed") {
      expect(result.error.kind).toBe("refused");
      expect(result.error.customerMessage).toMatch(/birthDate/);
    }
    expect(customerCount()).toBe(before);
    expect(await listHouseholdMembers(holder.id)).toEqual([]);
    // The same form can be sent again once corrected.
    const again = await addHouseholdMember(holder, child(), nonce());
    expect(again.status).toBe("added");
  });

  test("imin out of reach stores nothing; the same form works once it is back", async () => {
    const holder = await newHolder();
    const form = nonce();
    useSandboxAt(`http://127.0.0.1:${await closedPort()}`); // nothing listens: the request never leaves
    const down = await addHouseholdMember(holder, child(), form);
    expect(down.status).toBe("failed");
    expect(await listHouseholdMembers(holder.id)).toEqual([]);
    useSandboxAt(sandbox.url);
    const back = await addHouseholdMember(holder, child(), form);
    expect(back.status).toBe("added");
    expect(await listHouseholdMembers(holder.id)).toHaveLength(1);
  });

  test("a lost answer (imin 503) stores no member and never sends that form's create again", async () => {
    const holder = await newHolder();
    const form = nonce();
    await setFaults({ route: "/api/v2/customer-accounts", errorRate: 1, errorStatus: 503 });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect((await addHouseholdMember(holder, child(), form)).status).toBe("ambiguous");
      const line = errors.mock.calls.map((c) => String(c[0])).find((l) => l.startsWith("imin-member-create-ambiguous"));
      expect(line).toBeDefined();
      expect(line).not.toContain("Sam");
    } finally {
      errors.mockRestore();
    }
    await sandbox.api("/admin/faults", { method: "DELETE" });
    const before = customerCount();
    expect((await addHouseholdMember(holder, child(), form)).status).toBe("ambiguous");
    expect(customerCount()).toBe(before);
    expect(await listHouseholdMembers(holder.id)).toEqual([]);
  });

  test("a double submit creates one member and one imin account", async () => {
    const holder = await newHolder();
    const form = nonce();
    const before = customerCount();
    await setFaults({ route: "/api/v2/customer-accounts", latencyMs: 300 });
    const results = await Promise.all([addHouseholdMember(holder, child(), form), addHouseholdMember(holder, child(), form)]);
    expect(results.map((r) => r.status).sort()).toEqual(["added", "already-added"]);
    expect(customerCount()).toBe(before + 1);
    expect(await listHouseholdMembers(holder.id)).toHaveLength(1);
    // A third submit of the same form, later, finds the same member.
    const later = await addHouseholdMember(holder, child(), form);
    expect(later.status).toBe("already-added");
  });

  test("an edit goes to imin first; the row follows only when imin accepted", async () => {
    const holder = await newHolder();
    const added = await addHouseholdMember(holder, child(), nonce());
    if (added.status !== "added") throw new Error(added.status);
    const id = added.member.id;
    const imin = added.member.iminCustomerId;

    const teen = yearsAgo(14);
    const saved = await updateHouseholdMember(holder, id, {
      ...child(),
      givenName: "Samantha",
      birthDate: teen,
      emergencyContactName: "Alex Rivers",
    });
    expect(saved.status).toBe("saved");
    expect(customer(imin)).toMatchObject({
      givenName: "Samantha",
      birthDate: teen,
      is13OrOver: true,
      emergencyContact: { name: "Alex Rivers" },
    });
    expect((await getHouseholdMember(holder.id, id))?.givenName).toBe("Samantha");

    await setFaults({ route: `/api/v2/customer-accounts/${imin}/actions`, errorRate: 1, errorStatus: 503 });
    await expect(
      updateHouseholdMember(holder, id, { ...child(), givenName: "Sammy", birthDate: teen, emergencyContactName: "Alex Rivers" }),
    ).rejects.toBeInstanceOf(IminError);
    expect(customer(imin)?.givenName).toBe("Samantha");
    expect((await getHouseholdMember(holder.id, id))?.givenName).toBe("Samantha");
    await sandbox.api("/admin/faults", { method: "DELETE" });

    // Filled-in optional fields can be changed, not emptied (imin has no way to remove them).
    const cleared = await updateHouseholdMember(holder, id, { ...child(), givenName: "Samantha", birthDate: teen });
    expect(cleared).toEqual({ status: "cannot-clear", fields: ["emergencyContactName"] });
    // Someone else's member is not found, and nothing is sent.
    const stranger = await newHolder();
    expect((await updateHouseholdMember(stranger, id, child())).status).toBe("not-found");
    expect(customer(imin)?.givenName).toBe("Samantha");
  });

  test("removal is refused while a booking is pending, and deletes the imin account once nothing is", async () => {
    const holder = await newHolder();
    const added = await addHouseholdMember(holder, child(), nonce());
    if (added.status !== "added") throw new Error(added.status);
    const { order, memberItem } = await bookHolderAndMember(holder, added.member.iminCustomerId);

    const refused = await removeHouseholdMember(holder, added.member.id);
    expect(refused.status).toBe("has-bookings");
    if (refused.status === "has-bookings") expect(refused.bookings.map((b) => b.title)).toEqual(["Family swim"]);
    expect(await getHouseholdMember(holder.id, added.member.id)).toBeDefined();
    expect(customer(added.member.iminCustomerId)?.deletionRequestedAt).toBeUndefined();

    // Once the member's place is cancelled (the holder's own stays), nothing of theirs is pending.
    const listed = (await getUpcomingBookings(holder, 1)).items.find((b) => b.identifier === memberItem.identifier)!;
    expect(await cancelBooking(holder, listed.id)).toMatchObject({ status: "cancelled" });
    expect(order.items.map((i) => i.status).sort()).toEqual(["CustomerCancelled", "OrderItemConfirmed"]);
    const removed = await removeHouseholdMember(holder, added.member.id);
    expect(removed.status).toBe("removed");
    expect(await getHouseholdMember(holder.id, added.member.id)).toBeUndefined();
    expect(customer(added.member.iminCustomerId)?.deletionRequestedAt).toBeDefined();
  });

  test("deleting the holder's account erases their members first; a member imin can't delete stops it all", async () => {
    const holder = await newHolder();
    const first = await addHouseholdMember(holder, child(), nonce());
    const second = await addHouseholdMember(holder, adult(), nonce());
    if (first.status !== "added" || second.status !== "added") throw new Error("setup");

    await setFaults({ route: `/api/v2/customer-accounts/${second.member.iminCustomerId}`, errorRate: 1, errorStatus: 503 });
    const failed = deleteAccount(holder, PASSWORD, "203.0.113.7");
    await expect(failed).rejects.toThrow(IminError);
    await failed.catch((e: IminError) => expect(e.customerMessage).toMatch(/^Your account was not deleted: .*Jo/));
    // The holder is whole; the member that could not go is whole; the one that went is gone everywhere.
    expect((await getUserById(holder.id))?.status).toBe("active");
    expect(customer(holder.iminCustomerId)?.deletionRequestedAt).toBeUndefined();
    expect((await listHouseholdMembers(holder.id)).map((m) => m.givenName)).toEqual(["Jo"]);
    expect(customer(second.member.iminCustomerId)?.deletionRequestedAt).toBeUndefined();
    expect(customer(first.member.iminCustomerId)?.deletionRequestedAt).toBeDefined();

    await sandbox.api("/admin/faults", { method: "DELETE" });
    expect(await deleteAccount(holder, PASSWORD, "203.0.113.7")).toEqual({ ok: true });
    expect(await getUserById(holder.id)).toBeUndefined();
    expect(await listHouseholdMembers(holder.id)).toEqual([]);
    expect(customer(second.member.iminCustomerId)?.deletionRequestedAt).toBeDefined();
    expect(customer(holder.iminCustomerId)?.deletionRequestedAt).toBeDefined();
  });
});
