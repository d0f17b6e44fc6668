import { beforeEach, describe, expect, test, vi } from "vitest";
import { cancelBooking } from "@/lib/bookings/cancel";
import { fetchReceipt, getCustomerOrder, getUpcomingBookings } from "@/lib/imin/orders";
import { withSandboxAsImin } from "../support/sandbox";

/**
 * The portal's order functions against a real sandbox: ownership checks, the cancel guard and the
 * receipt URL rule. Uses the seeded demo and other customers.
 */

const sandbox = withSandboxAsImin();
const demo = { iminCustomerId: "demo-customer", email: "demo@example.com" };
const other = { iminCustomerId: "other-customer" };

beforeEach(async () => {
  await sandbox.api("/admin/reset", { method: "POST", json: {} });
});

async function firstCancellable(customer: { iminCustomerId: string }) {
  for (let page = 1; page <= 3; page++) {
    const found = (await getUpcomingBookings(customer, page)).items.find((b) => b.cancellable);
    if (found) return found;
  }
  throw new Error(`no cancellable booking for ${customer.iminCustomerId}`);
}

describe("cancelBooking", () => {
  test("cancels the customer's own booking; concurrent clicks send one PATCH", async () => {
    const booking = await firstCancellable(demo);
    const spy = vi.spyOn(globalThis, "fetch");
    try {
      const outcomes = await Promise.all([cancelBooking(demo, booking.id), cancelBooking(demo, booking.id)]);
      expect(outcomes.map((o) => o.status)).toEqual(["cancelled", "cancelled"]);
      const patches = spy.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === "PATCH");
      expect(patches).toHaveLength(1);
      // Once cancelled, repeating reports success without another PATCH.
      expect((await cancelBooking(demo, booking.id)).status).toBe("cancelled");
      expect(spy.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === "PATCH")).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
    const order = await getCustomerOrder(demo, booking.orderId!);
    expect(order?.items.find((i) => i.id === booking.id)?.status).toBe("customer-cancelled");
  });

  test("another customer's booking is 'not-found' and stays booked", async () => {
    const theirs = await firstCancellable(other);
    expect(await cancelBooking(demo, theirs.id)).toEqual({ status: "not-found" });
    const order = await getCustomerOrder(other, theirs.orderId!);
    expect(order?.items.find((i) => i.id === theirs.id)?.status).toBe("confirmed");
  });

  test("unknown or malformed ids are 'not-found'", async () => {
    for (const id of ["nope", `${sandbox.url}/api/v2/orders/missing/order-items/x`, `${sandbox.url}/api/v2/orders/..%2F/order-items/x`]) {
      expect(await cancelBooking(demo, id)).toEqual({ status: "not-found" });
    }
    const mine = await firstCancellable(demo);
    const wrongItem = mine.id.replace(/order-items\/[^/]+$/, "order-items/not-in-this-order");
    expect(await cancelBooking(demo, wrongItem)).toEqual({ status: "not-found" });
  });

  test("a closed window comes back as imin's words", async () => {
    const booking = await firstCancellable(demo);
    sandbox.ctx.clock.set(new Date(Date.parse(booking.startDate!) - 60_000).toISOString());
    const outcome = await cancelBooking(demo, booking.id);
    expect(outcome.status).toBe("refused");
    expect(outcome.status === "refused" && outcome.message).toMatch(/can no longer be cancelled/);
  });
});

describe("getCustomerOrder and receipts", () => {
  test("only the customer's own orders are returned", async () => {
    const booking = await firstCancellable(demo);
    expect((await getCustomerOrder(demo, booking.orderId!))?.identifier).toBe(booking.orderId);
    expect(await getCustomerOrder(other, booking.orderId!)).toBeNull();
    expect(await getCustomerOrder(demo, "does-not-exist")).toBeNull();
    expect(await getCustomerOrder(demo, "../admin/state")).toBeNull();
  });

  test("receipts are fetched from the order's URL, and never from another host", async () => {
    const booking = await firstCancellable(demo);
    const order = await getCustomerOrder(demo, booking.orderId!);
    const pdf = await fetchReceipt(order!.receipts[0].url);
    expect(pdf.contentType).toBe("application/pdf");
    expect(Buffer.from(pdf.data).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await expect(fetchReceipt("https://evil.example/api/v2/receipts/1")).rejects.toThrow();
  });
});
