import ical from "node-ical";
import { request as playwrightRequest, type Page } from "@playwright/test";
import { test, expect, E2E, sandboxAdminClient } from "./fixtures";

/** The demo customer's upcoming items, straight from the sandbox (as imin would list them). */
async function upcomingFromImin(sandboxAdmin: { get: (p: string) => Promise<{ body: any }> }) {
  const all: any[] = [];
  for (let page = 1; page <= 5; page++) {
    const { body } = await sandboxAdmin.get(`/api/v2/order-items?customerIdentifier=${E2E.demo.iminCustomerId}&page=${page}`);
    const items = body["imin:item"] ?? [];
    all.push(...items);
    if (!body.view?.next || items.length === 0) break;
  }
  return all;
}

/** The card of the first booking that offers a Cancel button. */
async function firstCancellableCard(page: Page) {
  const card = page
    .getByTestId("booking")
    .filter({ has: page.getByRole("button", { name: /cancel booking/i }) })
    .first();
  await expect(card).toBeVisible();
  return card;
}

test.describe("upcoming bookings", () => {
  test.beforeAll(async () => {
    await sandboxAdminClient().reset();
  });

  test("lists upcoming bookings by day, earliest first, with paging", async ({ demoPage, sandboxAdmin, axeCheck }) => {
    const expected = await upcomingFromImin(sandboxAdmin);
    await demoPage.goto("/bookings");
    await expect(demoPage.getByRole("heading", { level: 1, name: "Your bookings" })).toBeVisible();
    const cards = demoPage.getByTestId("booking");
    await expect(cards).toHaveCount(Math.min(10, expected.length));
    // The first card is the earliest booking imin lists.
    const firstTitle = expected[0].orderedItem.superEvent.superEvent.name.trim();
    await expect(cards.first().getByRole("heading")).toHaveText(firstTitle);
    // Day headings, times with their zone, the venue.
    await expect(demoPage.locator("section h2").first()).toHaveText(/\w{3} \d{1,2} \w{3} \d{4}/);
    await expect(cards.first()).toContainText(/(GMT|BST)/);
    const venue = (expected[0].orderedItem.location ?? expected[0].orderedItem.superEvent?.location)?.name?.trim();
    if (venue) await expect(cards.first()).toContainText(venue);
    // Access codes and someone else attending are shown (a cancelled place keeps no code).
    const withCode = expected
      .slice(0, 10)
      .find(
        (i) =>
          i.accessCode?.[0]?.description &&
          !/Cancelled$/.test(String(i.orderItemStatus)) &&
          !/EventCancelled$/.test(String(i.orderedItem?.eventStatus ?? "")),
      );
    if (withCode) await expect(demoPage.getByText(withCode.accessCode[0].description)).toBeVisible();
    await axeCheck(demoPage);

    // The rest of a booking (address, map, ticket, organiser) is on its order page.
    await cards
      .first()
      .getByRole("link", { name: /^booking details/i })
      .click();
    await expect(demoPage).toHaveURL(/\/orders\/[^/]+$/);
    const item = demoPage.getByTestId("order-item").filter({ hasText: firstTitle }).first();
    await expect(item.getByRole("link", { name: /view map/i })).toBeVisible();
    await demoPage.goBack();
    await expect(cards).toHaveCount(Math.min(10, expected.length));

    if (expected.length > 10) {
      await demoPage.getByRole("link", { name: /next/i }).click();
      await expect(demoPage).toHaveURL(/\/bookings\?page=2$/);
      await expect(cards).toHaveCount(Math.min(10, expected.length - 10));
      await expect(demoPage.getByText(/Page 2 of/)).toBeVisible();
      await axeCheck(demoPage);
      await demoPage.getByRole("link", { name: /previous/i }).click();
      await expect(demoPage).toHaveURL(/\/bookings$/);
    }
  });

  test("malformed and out-of-range pages fall back to a sensible page", async ({ demoPage }) => {
    await demoPage.goto("/bookings?page=abc");
    await expect(demoPage.getByTestId("booking").first()).toBeVisible();
    const response = await demoPage.goto("/bookings?page=999");
    expect(response?.status()).toBe(200);
    await expect(demoPage).toHaveURL(/\/bookings(\?page=\d+)?$/);
    await expect(demoPage.getByTestId("booking").first()).toBeVisible();
  });

  test("a seller-cancelled booking shows the organiser's message and no Cancel button", async ({ demoPage, sandboxAdmin }) => {
    const expected = await upcomingFromImin(sandboxAdmin);
    const index = expected.findIndex((i) => i.orderItemStatus?.endsWith("SellerCancelled"));
    expect(index, "the demo data has a seller-cancelled booking").toBeGreaterThanOrEqual(0);
    await demoPage.goto(index >= 10 ? "/bookings?page=2" : "/bookings");
    const card = demoPage.locator(`article[aria-labelledby="booking-${expected[index].identifier}"]`);
    await expect(card.getByText("Cancelled by organiser")).toBeVisible();
    if (expected[index].cancellationMessage) await expect(card).toContainText(expected[index].cancellationMessage.trim());
    await expect(card.getByRole("button", { name: /cancel booking/i })).toHaveCount(0);
  });

  test("cancelling a booking: confirm in a dialog, then it shows as cancelled", async ({ demoPage, sandboxAdmin, axeCheck }) => {
    await sandboxAdmin.reset();
    await demoPage.goto("/bookings");
    const card = await firstCancellableCard(demoPage);
    const labelledBy = await card.getAttribute("aria-labelledby");
    await card.getByRole("button", { name: /cancel booking/i }).click();
    const dialog = demoPage.getByRole("dialog", { name: /cancel this booking/i });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(/refund follows automatically/i);
    await expect(dialog.getByRole("button", { name: /keep booking/i })).toBeFocused();
    await axeCheck(demoPage);
    // A double click still cancels once.
    await dialog.getByRole("button", { name: /yes, cancel booking/i }).dblclick();
    await expect(demoPage.getByRole("dialog", { name: /booking cancelled/i })).toContainText(/refund will follow automatically/i);
    await demoPage.getByRole("button", { name: "Close" }).click();
    const sameCard = demoPage.locator(`article[aria-labelledby="${labelledBy}"]`);
    await expect(sameCard.getByText("Cancelled by you")).toBeVisible();
    await expect(sameCard.getByRole("button", { name: /cancel booking/i })).toHaveCount(0);

    const itemId = labelledBy!.replace(/^booking-/, "");
    const item = (await upcomingFromImin(sandboxAdmin)).find((i) => i.identifier === itemId);
    expect(item.orderItemStatus).toBe("https://openactive.io/CustomerCancelled");
  });

  test("a cancellation refused because the window closed shows imin's reason", async ({ demoPage, sandboxAdmin }) => {
    await sandboxAdmin.reset();
    await demoPage.goto("/bookings");
    const card = await firstCancellableCard(demoPage);
    const itemId = (await card.getAttribute("aria-labelledby"))!.replace(/^booking-/, "");
    const item = (await upcomingFromImin(sandboxAdmin)).find((i) => i.identifier === itemId);
    await card.getByRole("button", { name: /cancel booking/i }).click();
    // Between opening the page and confirming, time moves to a minute before the session starts.
    const justBefore = new Date(Date.parse(item.orderedItem.startDate) - 60_000).toISOString();
    expect((await sandboxAdmin.post("/admin/clock", { set: justBefore })).status).toBe(200);
    const dialog = demoPage.getByRole("dialog");
    await dialog.getByRole("button", { name: /yes, cancel booking/i }).click();
    await expect(dialog.getByRole("alert")).toContainText(/can no longer be cancelled/i);
    await sandboxAdmin.reset();
  });

  test("the cancel action refuses another customer's booking exactly like an unknown one", async ({ demoPage, sandboxAdmin }) => {
    await sandboxAdmin.reset();
    const { body } = await sandboxAdmin.get("/api/v2/order-items?customerIdentifier=other-customer");
    const theirs = (body["imin:item"] ?? []).find((i: any) => i["imin:isPresentlyCancellable"]) ?? body["imin:item"][0];
    expect(theirs, "the other customer has an upcoming booking").toBeTruthy();
    await demoPage.goto("/bookings");
    const card = await firstCancellableCard(demoPage);
    await card.getByRole("button", { name: /cancel booking/i }).click();
    const dialog = demoPage.getByRole("dialog");
    // Tamper with the form, as someone calling the action directly would.
    await dialog.locator('input[name="itemId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), theirs.id);
    await dialog.getByRole("button", { name: /yes, cancel booking/i }).click();
    await expect(dialog.getByRole("alert")).toHaveText(/couldn't find that booking/i);
    const after = await sandboxAdmin.get("/api/v2/order-items?customerIdentifier=other-customer");
    expect(after.body["imin:item"].find((i: any) => i.identifier === theirs.identifier).orderItemStatus).toBe(theirs.orderItemStatus);
    // And with an id that does not exist at all: the same words.
    await dialog
      .locator('input[name="itemId"]')
      .evaluate((el) => ((el as HTMLInputElement).value = "https://nowhere.example/api/v2/orders/nope/order-items/nope"));
    await dialog.getByRole("button", { name: /yes, cancel booking/i }).click();
    await expect(dialog.getByRole("alert")).toHaveText(/couldn't find that booking/i);
  });
});

test.describe("calendar", () => {
  test("Add to calendar downloads an .ics that parses, in UK time", async ({ demoPage }) => {
    await demoPage.goto("/bookings");
    const href = await demoPage
      .getByRole("link", { name: /add to calendar/i })
      .first()
      .getAttribute("href");
    const res = await demoPage.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/calendar");
    const text = await res.text();
    expect(text).toContain("TZID=Europe/London");
    const events = Object.values(ical.sync.parseICS(text)).filter((c: any) => c.type === "VEVENT");
    expect(events).toHaveLength(1);
  });

  test("a private feed URL lists upcoming bookings until it is turned off", async ({ demoPage, axeCheck }) => {
    await demoPage.goto("/bookings");
    await demoPage.getByRole("button", { name: /(get|make a new) calendar link/i }).click();
    const input = demoPage.getByLabel("Private calendar link");
    await expect(input).toHaveValue(/\/api\/calendar\/feed\//);
    await axeCheck(demoPage);
    const url = await input.inputValue();
    const anonymous = await playwrightRequest.newContext();
    try {
      const feed = await anonymous.get(url);
      expect(feed.status()).toBe(200);
      const events = Object.values(ical.sync.parseICS(await feed.text())).filter((c: any) => c.type === "VEVENT") as any[];
      expect(events.length).toBeGreaterThan(0);
      expect(events.some((e) => e.status === "CANCELLED")).toBe(true); // the seller-cancelled one
      await demoPage.getByRole("button", { name: /turn off calendar link/i }).click();
      await expect(demoPage.getByText(/calendar link is turned off/i)).toBeVisible();
      expect((await anonymous.get(url)).status()).toBe(404);
      expect((await anonymous.get(url.replace(/[^/]+$/, "not-a-real-token"))).status()).toBe(404);
    } finally {
      await anonymous.dispose();
    }
  });
});
