import type { Page } from "@playwright/test";
import { E2E, expect, test } from "./fixtures";

/**
 * The sections in one order on a phone (the tab bar) and a desktop (the header), the pass one tap
 * from every page, seller accounts called "Memberships", past bookings and receipts inside
 * Bookings, and the Account section's pages as a plain list.
 */

const SECTIONS = ["Home", "Book", "Bookings", "Pass", "Account"];
const PAGES = ["/", "/book", "/bookings", "/orders", "/sellers", "/account", "/family"];

const VIEWPORTS = [
  ["phone", { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, "Sections"],
  ["desktop", { viewport: { width: 1280, height: 800 } }, "Main"],
] as const;

for (const [label, options, navName] of VIEWPORTS) {
  test.describe(label, () => {
    let page: Page;
    test.beforeEach(async ({ browser }) => {
      const context = await browser.newContext({
        ...options,
        locale: "en-GB",
        timezoneId: "Europe/London",
        storageState: E2E.storageState,
      });
      page = await context.newPage();
    });
    test.afterEach(async () => page.context().close());

    const nav = () => page.getByRole("navigation", { name: navName });

    test("the sections, in one order", async ({ axeCheck }) => {
      await page.goto("/");
      await expect(nav()).toBeVisible();
      expect((await nav().getByRole("link").allInnerTexts()).map((t) => t.trim())).toEqual(SECTIONS);
      await expect(nav().getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
      await expect(page.getByText("Sellers", { exact: true })).toHaveCount(0);
      await axeCheck(page);
    });

    test("the pass is one tap from every page", async () => {
      test.setTimeout(120_000);
      for (const path of PAGES) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await nav().getByRole("link", { name: "Pass", exact: true }).click();
        await expect(page, `from ${path}`).toHaveURL(/\/pass$/);
        await expect(page.getByRole("heading", { level: 1, name: "Show at the desk" })).toBeVisible();
        await expect(nav().getByRole("link", { name: "Pass", exact: true })).toHaveAttribute("aria-current", "page");
      }
    });

    test("Memberships, not sellers, under Account as a plain list", async ({ axeCheck }) => {
      await page.goto("/account");
      const account = page.getByRole("navigation", { name: "Account" });
      await expect(account.getByRole("link", { name: "Profile" })).toHaveAttribute("aria-current", "page");
      await account.getByRole("link", { name: "Memberships" }).click();
      await expect(page).toHaveURL(/\/sellers$/);
      await expect(page.getByRole("heading", { level: 1, name: "Memberships" })).toBeVisible();
      await expect(page).toHaveTitle(/^Memberships · /);
      await expect(nav().getByRole("link", { name: "Account" })).toHaveAttribute("aria-current", "page");
      await axeCheck(page);
    });

    test("past bookings and receipts inside Bookings", async ({ axeCheck }) => {
      await page.goto("/bookings");
      const tabs = page.getByRole("navigation", { name: "Bookings" });
      await expect(tabs.getByRole("link", { name: "Upcoming" })).toHaveAttribute("aria-current", "page");
      await tabs.getByRole("link", { name: "Past and receipts" }).click();
      await expect(page).toHaveURL(/\/orders$/);
      await expect(page.getByRole("heading", { level: 1, name: "Past bookings and receipts" })).toBeVisible();
      await expect(nav().getByRole("link", { name: "Bookings" })).toHaveAttribute("aria-current", "page");
      await axeCheck(page);
    });
  });
}

test("the Card Details app offers a way back to the portal", async ({ demoPage, axeCheck }) => {
  await demoPage.goto("/account");
  await demoPage.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Payment cards" }).click();
  await expect(demoPage.getByRole("heading", { level: 1, name: "Payment cards" })).toBeVisible();
  await demoPage.getByRole("link", { name: /Back to Acme Fitness/ }).click();
  await expect(demoPage).toHaveURL(/\/account$/);
  await expect(demoPage.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await axeCheck(demoPage);
});
