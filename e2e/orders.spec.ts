import { test, expect, E2E } from "./fixtures";

async function ordersOf(sandboxAdmin: { get: (p: string) => Promise<{ body: any }> }, customer: string) {
  return (await sandboxAdmin.get(`/api/v2/orders?customerIdentifier=${customer}&page=1`)).body;
}

test.describe("order history", () => {
  test("lists orders newest first, paged, and opens one", async ({ demoPage, sandboxAdmin, axeCheck }) => {
    await sandboxAdmin.reset();
    const imin = await ordersOf(sandboxAdmin, E2E.demo.iminCustomerId);
    await demoPage.goto("/orders");
    await expect(demoPage.getByRole("heading", { level: 1, name: "Past bookings and receipts" })).toBeVisible();
    const rows = demoPage.getByTestId("order");
    await expect(rows).toHaveCount(Math.min(10, imin["imin:totalItems"]));
    await axeCheck(demoPage);
    if (imin["imin:totalItems"] > 10) {
      await demoPage.getByRole("link", { name: /next/i }).click();
      await expect(demoPage).toHaveURL(/\/orders\?page=2$/);
      await expect(rows.first()).toBeVisible();
      await demoPage.goto("/orders");
    }

    const newest = imin["imin:item"][0];
    await rows.first().getByRole("link").click();
    await expect(demoPage).toHaveURL(new RegExp(`/orders/${newest.identifier}$`));
    await expect(demoPage.getByRole("heading", { level: 1 })).toHaveText(`Order ${newest.confirmationNumber}`);
    await expect(demoPage.getByTestId("confirmation-number")).toHaveText(newest.confirmationNumber);
    await expect(demoPage.getByTestId("order-item")).toHaveCount(newest.orderedItem.length);
    if (newest.seller?.name) await expect(demoPage.getByText(newest.seller.name.trim()).first()).toBeVisible();
    for (const terms of newest.seller?.termsOfService ?? []) {
      await expect(demoPage.getByRole("link", { name: terms.name })).toHaveAttribute("href", terms.url);
    }
    await expect(demoPage.getByRole("heading", { name: "Receipts" })).toBeVisible();
    await axeCheck(demoPage);
  });

  test("malformed paging falls back to the first page", async ({ demoPage }) => {
    await demoPage.goto("/orders?page=-3");
    await expect(demoPage.getByTestId("order").first()).toBeVisible();
    await expect(demoPage.getByRole("link", { name: /previous/i })).toHaveCount(0);
  });

  test("a receipt downloads as a PDF named after the confirmation number", async ({ demoPage, sandboxAdmin }) => {
    const imin = await ordersOf(sandboxAdmin, E2E.demo.iminCustomerId);
    const order = imin["imin:item"].find((o: any) => o["imin:receipt"]?.length);
    await demoPage.goto(`/orders/${order.identifier}`);
    const href = await demoPage.getByRole("link", { name: /latest receipt/i }).getAttribute("href");
    const res = await demoPage.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["content-disposition"]).toContain(`receipt-${order.confirmationNumber}.pdf`);
    const body = await res.body();
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});

test.describe("another customer's data answers like nothing at all", () => {
  test("order page, receipt and calendar download are all 404", async ({ demoPage, sandboxAdmin, axeCheck }) => {
    const theirs = (await ordersOf(sandboxAdmin, "other-customer"))["imin:item"][0];
    expect(theirs, "the other customer has orders").toBeTruthy();

    const unknown = await demoPage.goto("/orders/00000000-0000-0000-0000-000000000000");
    expect(unknown?.status()).toBe(404);
    const unknownHeading = await demoPage.getByRole("heading", { level: 1 }).textContent();
    await axeCheck(demoPage);

    const other = await demoPage.goto(`/orders/${theirs.identifier}`);
    expect(other?.status()).toBe(404);
    await expect(demoPage.getByRole("heading", { level: 1 })).toHaveText(unknownHeading!);
    await expect(demoPage.getByText(theirs.confirmationNumber)).toHaveCount(0);

    const receiptId = theirs["imin:receipt"][0].url.split("/").pop();
    const theirReceipt = await demoPage.request.get(`/orders/${theirs.identifier}/receipts/${receiptId}`);
    const noReceipt = await demoPage.request.get(`/orders/00000000-0000-0000-0000-000000000000/receipts/${receiptId}`);
    expect(theirReceipt.status()).toBe(404);
    expect(noReceipt.status()).toBe(404);
    expect(await theirReceipt.text()).toBe(await noReceipt.text());

    // Their receipt under one of the demo customer's own orders is refused too.
    const mine = (await ordersOf(sandboxAdmin, E2E.demo.iminCustomerId))["imin:item"][0];
    expect((await demoPage.request.get(`/orders/${mine.identifier}/receipts/${receiptId}`)).status()).toBe(404);

    const item = theirs.orderedItem[0];
    expect((await demoPage.request.get(`/api/calendar/bookings/${theirs.identifier}/${item.identifier}`)).status()).toBe(404);
  });
});
