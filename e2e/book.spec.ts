import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { adultOffer, createSession } from "./support/sessions";

/**
 * Book Now, end to end against the sandbox: search, session page, imin's hosted checkout, and back
 * to the portal's bookings and orders. Each test that needs a particular session creates it through
 * the sandbox's admin API, so no spec depends on what the seed holds on the day it runs.
 */

/** Tomorrow's date in London, as a date input takes it. */
function londonDate(daysAhead: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(Date.now() + daysAhead * 86_400_000);
}

async function payOnCheckout(page: Page, card: string) {
  await expect(page.getByRole("heading", { level: 1, name: "Check out" })).toBeVisible();
  await page.getByLabel("Card number").fill(card);
  await page.getByRole("button", { name: /^Pay / }).click();
}

test.describe("Book Now", () => {
  test("find a swim session with filters, book it with the success card, see it in bookings, cancel it, see it cancelled in orders", async ({
    demoPage: page,
    sandboxAdmin,
    axeCheck,
  }) => {
    // Search, a day, a reload, checkout, bookings, cancel and orders: one long walk.
    test.setTimeout(120_000);
    await sandboxAdmin.reset();
    await page.goto("/book");
    await expect(page.getByRole("heading", { level: 1, name: "Book a session" })).toBeVisible();
    await expect(page.getByTestId("search-results").getByRole("listitem").first()).toBeVisible();
    await axeCheck(page);

    // Swimming (a high-frequency session: asking for the activity includes the swim timetable), tomorrow's chip, 50 km.
    await page.getByTestId("filters").locator("summary").click();
    await page.getByLabel("Within").selectOption("50");
    await page.getByRole("combobox", { name: "Activity" }).fill("Swimming");
    await page.getByRole("button", { name: "Show results" }).click();
    await expect(page).toHaveURL(/activity=Swimming/);
    await page
      .getByRole("navigation", { name: "Day" })
      .locator(`a[data-day="${londonDate(1)}"]`)
      .click();
    await expect(page).toHaveURL(new RegExp(`from=${londonDate(1)}`));
    const results = page.getByTestId("search-results").getByRole("listitem");
    await expect(results.first()).toContainText("Swim");

    // The search is in the URL: reloading shows the same search, server-rendered.
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Activity" })).toHaveValue("Swimming");
    await expect(page.getByTestId("search-results").getByRole("heading", { level: 3 }).first()).toContainText(/^Tomorrow/);

    // A row without a reason (full, started…) can be booked; the whole row is the link.
    const bookable = results.filter({ hasNotText: /Full|Already started|Cancelled|Not bookable|Booked/ }).first();
    const title = (await bookable.locator(".font-semibold.text-link").innerText()).trim();
    await bookable.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await axeCheck(page);
    const when = (
      await page
        .locator("dt", { hasText: /^When$/ })
        .locator("xpath=following-sibling::dd[1]")
        .innerText()
    )
      .replace(/\s*\(.*\)$/, "")
      .trim();
    const sessionUrl = page.url();

    await page.getByRole("button", { name: "Book now: Adult ticket" }).click();
    await payOnCheckout(page, "4242 4242 4242 4242");
    await expect(page.getByRole("heading", { level: 1, name: "Booking confirmed" })).toBeVisible();
    await expect(page.getByText("Acme Fitness").first()).toBeVisible();
    await axeCheck(page);
    // imin's page links back to the session (without the search it was opened from), and to the customer's bookings.
    await expect(page.getByRole("link", { name: /Back to/ })).toHaveAttribute("href", sessionUrl.replace(/\?.*$/, ""));
    await page.getByRole("link", { name: "View my bookings" }).click();

    await expect(page).toHaveURL(/\/bookings$/);
    const booking = page.getByTestId("booking").filter({ hasText: title }).filter({ hasText: when });
    await expect(booking).toHaveCount(1);
    await booking.getByRole("button", { name: /Cancel booking/ }).click();
    await page.getByRole("button", { name: "Yes, cancel booking" }).click();
    await expect(page.getByRole("heading", { name: "Booking cancelled" })).toBeVisible();
    await page.getByRole("button", { name: "Close" }).click();

    await page.goto("/orders");
    const newest = page.getByTestId("order").first();
    await expect(newest).toContainText(title);
    await expect(newest).toContainText("Cancelled");
  });

  test("the back button returns to the previous search", async ({ demoPage: page }) => {
    await page.goto("/book");
    const filters = page.getByTestId("filters").locator("summary");
    await filters.click();
    await page.getByLabel("Time of day").selectOption("evening");
    await page.getByRole("button", { name: "Show results" }).click();
    await expect(page).toHaveURL(/time=evening/);
    if (!(await page.getByLabel("Time of day").isVisible())) await filters.click();
    await page.getByLabel("Time of day").selectOption("morning");
    await page.getByRole("button", { name: "Show results" }).click();
    await expect(page).toHaveURL(/time=morning/);
    await page.goBack();
    await expect(page).toHaveURL(/time=evening/);
    await expect(page.getByLabel("Time of day")).toHaveValue("evening");
  });

  test("the decline card shows why and books nothing", async ({ demoPage: page, sandboxAdmin, axeCheck }) => {
    const found = await createSession(sandboxAdmin, { offers: [adultOffer] });
    await page.goto(`/book/${encodeURIComponent(found.id)}`);
    await page.getByRole("button", { name: "Book now: Adult ticket" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check out" })).toBeVisible();
    await axeCheck(page);
    await payOnCheckout(page, "4000 0000 0000 0002");
    await expect(page.getByRole("alert")).toContainText("Your card was declined");
    await expect(page.getByRole("heading", { level: 1, name: "Check out" })).toBeVisible();
  });

  test("when imin fails, Book Now says so and the customer stays on the session page", async ({ demoPage: page, sandboxAdmin }) => {
    const found = await createSession(sandboxAdmin, { offers: [adultOffer] });
    await page.goto(`/book/${encodeURIComponent(found.id)}`);
    const url = page.url();
    expect((await sandboxAdmin.put("/admin/faults", { route: "/api/checkout-sessions", errorRate: 1 })).status).toBe(200);
    try {
      await page.getByRole("button", { name: "Book now: Adult ticket" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "booking service" })).toContainText("not available right now");
      expect(page.url()).toBe(url);
    } finally {
      await sandboxAdmin.del("/admin/faults");
    }
    // Once imin answers again, the same button works.
    await page.getByRole("button", { name: "Book now: Adult ticket" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check out" })).toBeVisible();
  });

  test("a full session says so and offers no Book Now", async ({ demoPage: page, sandboxAdmin }) => {
    const found = await createSession(sandboxAdmin, { capacity: 12, remaining: 0, offers: [adultOffer] });
    await page.goto(`/book/${encodeURIComponent(found.id)}`);
    await expect(page.getByRole("alert").filter({ hasText: "Not bookable" })).toContainText("Not bookable: Full");
    await expect(page.getByRole("button", { name: /Book now/ })).toHaveCount(0);
    await expect(page.getByTestId("unbookable-reason").first()).toContainText("Full");
  });

  test("a junior-only ticket is not offered to an adult", async ({ demoPage: page, sandboxAdmin }) => {
    const found = await createSession(sandboxAdmin, {
      activity: "Swimming",
      offers: [adultOffer, { name: "Junior", pricePence: 350, ageMax: 15, cancellationWindowMinutes: 60 }],
    });
    await page.goto(`/book/${encodeURIComponent(found.id)}`);
    // Folded away, with why.
    await page.getByTestId("folded-offers").getByText("Not for you: Junior").click();
    const junior = page.getByTestId("offer").filter({ has: page.getByRole("heading", { name: "Junior", exact: true }) });
    await expect(junior.getByTestId("unbookable-reason")).toContainText(/and under only; you will be \d+ on the day/);
    await expect(junior.getByRole("button", { name: /Book now/ })).toHaveCount(0);
  });

  test("a customer with an entitlement at the organiser sees their entitlement price", async ({ demoPage: page, sandboxAdmin }) => {
    await sandboxAdmin.reset();
    const linked = await sandboxAdmin.post("/admin/linked-accounts", { customerId: "demo-customer", seller: "riverside-leisure" });
    expect(linked.status).toBe(201);
    const accounts = await sandboxAdmin.get("/api/v2/customers/demo-customer/accounts");
    const token = accounts.body["imin:entitlementFilter"];
    expect(token).toBeTruthy();
    // A Riverside session whose adult offer has an entitlement price, read as the portal reads it.
    const created = await createSession(sandboxAdmin, {
      seller: "riverside-leisure",
      offers: [{ ...adultOffer, pricePence: 700, entitlementPricePence: 490 }],
    });
    const res = await sandboxAdmin.get(
      `/events-api/v2/scheduled-sessions/${encodeURIComponent(created.id)}?entitlementFilter=${encodeURIComponent(token)}`,
    );
    const withPrice = res.body["imin:checkoutUrlTemplate"] ? res.body.superEvent : undefined;
    expect(withPrice?.["imin:aggregateOffer"]?.activeEntitlement?.id, "a bookable session with an entitlement price").toBeTruthy();
    const price = withPrice["imin:aggregateOffer"].activeEntitlement.price as number;
    expect(price).toBe(4.9);
    await page.goto(`/book/${encodeURIComponent(created.id)}`);
    await expect(page.getByText(`Your price £${price.toFixed(2)}`).first()).toBeVisible();
    await expect(page.getByText(/with your entitlement/).first()).toBeVisible();
    await sandboxAdmin.reset();
  });
});
