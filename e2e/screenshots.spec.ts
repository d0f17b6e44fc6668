import path from "node:path";
import type { Browser } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { E2E, portalUrl } from "./support/env";
import { secondBrandPortal } from "./support/portal";
import { expect, test } from "./fixtures";

/**
 * A screenshot of each main page, per viewport and per brand, kept as test output in
 * test-results/screenshots/<tag>/ (SCREENSHOT_TAG, default "latest") for a person to look at.
 * Each test asserts only that the page rendered its heading.
 */
const TAG = process.env.SCREENSHOT_TAG ?? "latest";
const OUT = path.join(E2E.root, "test-results", "screenshots", TAG);

const VIEWPORTS = [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 800 }],
] as const;

const SIGNED_OUT = ["/", "/sign-in"];
const SIGNED_IN = ["/", "/book", "/book?tab=courts", "/bookings", "/orders", "/pass", "/sellers", "/account", "/family"];

const fileName = (brand: string, viewport: string, page: string, signedIn: boolean) =>
  path.join(
    OUT,
    `${brand}-${viewport}-${signedIn ? "in" : "out"}-${page === "/" ? "home" : page.slice(1).replace(/[^a-z0-9]+/gi, "-")}.png`,
  );

async function shootAll(browser: Browser, baseURL: string, brand: string) {
  for (const [label, viewport] of VIEWPORTS) {
    const context = await browser.newContext({ viewport, baseURL, locale: "en-GB", timezoneId: "Europe/London" });
    const page = await context.newPage();
    for (const p of SIGNED_OUT) {
      await page.goto(p);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.screenshot({ path: fileName(brand, label, p, false), fullPage: true });
    }
    await page.goto("/sign-in");
    await new SignInPage(page).signIn(E2E.demo.email, E2E.demo.password);
    await page.waitForURL((url) => url.pathname !== "/sign-in");
    for (const p of SIGNED_IN) {
      // A loaded machine can make an imin read time out (the page then says so, without a heading): once more.
      await expect(async () => {
        await page.goto(p);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 5_000 });
      }).toPass({ timeout: 45_000 });
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: fileName(brand, label, p, true), fullPage: true });
    }
    await context.close();
  }
}

test.describe.configure({ timeout: 240_000 });

test("screenshots: the default brand", async ({ browser }) => {
  await shootAll(browser, portalUrl(), "default");
});

test.describe("the second brand", () => {
  const portal = secondBrandPortal(120_000);

  test("screenshots: riverside", async ({ browser }) => {
    await shootAll(browser, portal.url(), "riverside");
  });
});
