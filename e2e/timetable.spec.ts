import type { Browser, Page } from "@playwright/test";
import { E2E, expect, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { secondBrandPortal } from "./support/portal";

/**
 * /book as a timetable, as a person sees it on a phone and on a desktop. The data is the sandbox's
 * seed (its clock is the real one): swimming, family swims and badminton courts near Manchester every
 * day of imin's 14-day window, so the spec passes on any date without creating sessions.
 */

const VIEWPORTS = [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 800 }],
] as const;

/** The venue's calendar day, `days` from now. */
function ukDay(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(Date.now() + days * 86_400_000);
}

const rows = (page: Page) => page.getByTestId("search-results").getByRole("listitem");

/** The first result row sits inside the first screen, above the phone's tab bar. */
async function expectFirstRowAboveTheFold(page: Page) {
  const first = rows(page).first();
  await expect(first).toBeVisible();
  const box = (await first.boundingBox())!;
  const tabBar = page.getByRole("navigation", { name: "Sections" });
  const bar = (await tabBar.count()) && (await tabBar.isVisible()) ? await tabBar.boundingBox() : null;
  const fold = Math.min(page.viewportSize()!.height, bar ? bar.y : Number.POSITIVE_INFINITY);
  expect(box.y + box.height, `first row at ${box.y}px, fold at ${fold}px`).toBeLessThanOrEqual(fold);
  // The whole row is one link, at least 44 px tall.
  const link = first.getByRole("link");
  await expect(link).toHaveCount(1);
  expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
}

async function newPage(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, storageState: E2E.storageState });
  return { context, page: await context.newPage() };
}

for (const [name, viewport] of VIEWPORTS) {
  test.describe(`timetable on a ${name}`, () => {
    test("the first screen shows results under day headings, the zone said once per day; axe clean", async ({
      browser,
      axeCheck,
    }, info) => {
      const { context, page } = await newPage(browser, viewport);
      await page.goto("/book");
      await expect(page.getByRole("heading", { level: 1, name: "Book a session" })).toBeVisible();
      await expectFirstRowAboveTheFold(page);
      const heading = page.getByTestId("search-results").getByRole("heading", { level: 3 }).first();
      await expect(heading).toContainText(/Times in (GMT|BST)/);
      // Times in the rows carry no zone.
      await expect(rows(page).first()).not.toContainText(/GMT|BST/);
      await expect(rows(page).first()).not.toContainText("Bookable");
      await page.screenshot({ path: info.outputPath(`book-${name}.png`) });
      await axeCheck(page);
      await context.close();
    });

    test("'swimming' typed finds swim sessions, with no checkbox", async ({ browser }) => {
      const { context, page } = await newPage(browser, viewport);
      await page.goto("/book");
      await page.getByRole("combobox", { name: "Activity" }).fill("swimming");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page).toHaveURL(/activity=Swimming/);
      await expect(page).not.toHaveURL(/hf=1/);
      await expect(rows(page).first()).toContainText(/Swim/);
      await expect(page.getByText("Include swimming and gym")).toHaveCount(0);
      await context.close();
    });

    test("'badminton' in Classes offers its courts", async ({ browser, axeCheck }) => {
      const { context, page } = await newPage(browser, viewport);
      await page.goto("/book");
      await page.getByRole("combobox", { name: "Activity" }).fill("badminton");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      const offer = page.getByTestId("courts-offer");
      await expect(offer).toBeVisible();
      const link = offer.getByRole("link", { name: /Badminton courts/ });
      await expect(link).toHaveAttribute("href", /tab=courts/);
      await expect(link).toHaveAttribute("href", /activity=Badminton/);
      await axeCheck(page);
      await link.click();
      await expect(page.getByRole("heading", { level: 1, name: "Book a court or pitch" })).toBeVisible({ timeout: 30_000 });
      await context.close();
    });

    test("a day chip changes the day and the URL; Back restores it; a row carries the search", async ({ browser }) => {
      const { context, page } = await newPage(browser, viewport);
      await page.goto("/book?activity=Swimming");
      const days = page.getByRole("navigation", { name: "Day" });
      await expect(days.getByRole("link")).toHaveCount(15);
      const tomorrow = ukDay(1);
      const later = ukDay(3);
      await days.locator(`a[data-day="${tomorrow}"]`).click();
      await expect(page).toHaveURL(new RegExp(`from=${tomorrow}&to=${tomorrow}`));
      await expect(days.locator(`a[data-day="${tomorrow}"]`)).toHaveAttribute("aria-current", "date");
      await expect(page.getByTestId("search-results").getByRole("heading", { level: 3 })).toHaveCount(1);
      await expect(page.getByTestId("search-results").getByRole("heading", { level: 3 })).toContainText(/^Tomorrow/);
      await days.locator(`a[data-day="${later}"]`).click();
      await expect(page).toHaveURL(new RegExp(`from=${later}`));
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`from=${tomorrow}&to=${tomorrow}`));
      await expect(days.locator(`a[data-day="${tomorrow}"]`)).toHaveAttribute("aria-current", "date");
      await expect(page.getByTestId("search-results").getByRole("heading", { level: 3 })).toContainText(/^Tomorrow/);
      // The session link carries the search back (`from`, the encoded query) for "Back to search".
      const href = await rows(page).first().getByRole("link").getAttribute("href");
      expect(decodeURIComponent(new URL(href!, "http://x").searchParams.get("from") ?? "")).toContain(`from=${tomorrow}`);
      await context.close();
    });

    test("the filters sheet shows its count and keeps the filters in the URL", async ({ browser, axeCheck }) => {
      const { context, page } = await newPage(browser, viewport);
      await page.goto("/book");
      const sheet = page.getByTestId("filters");
      await expect(sheet.locator("summary")).toContainText(/^Filters(?! ·)/);
      await sheet.locator("summary").click();
      await expect(page.getByLabel("Within")).toBeVisible();
      await expect(page.getByLabel("Within").locator("option").first()).toHaveText(/mile/);
      await page.getByLabel("Time of day").selectOption("evening");
      await page.getByLabel("Age", { exact: true }).selectOption("junior");
      await axeCheck(page);
      await page.getByRole("button", { name: "Show results" }).click();
      await expect(page).toHaveURL(/time=evening/);
      await expect(page).toHaveURL(/age=junior/);
      await expect(sheet.locator("summary")).toContainText("Filters · 2");
      await page.reload();
      await expect(page.getByTestId("filters").locator("summary")).toContainText("Filters · 2");
      await context.close();
    });

    test("an empty search offers the nearest alternatives as links", async ({ browser, axeCheck }, info) => {
      const { context, page } = await newPage(browser, viewport);
      // Tomorrow, not today: late in the venue's evening today has no sessions left for "Any activity".
      await page.goto(`/book?activity=Quidditch&from=${ukDay(1)}&to=${ukDay(1)}`);
      const empty = page.getByTestId("no-results");
      await expect(empty).toContainText("No sessions match");
      await expect(empty.getByRole("link", { name: /^Within \d+ miles$/ })).toBeVisible();
      await expect(empty.getByRole("link", { name: "Courts and pitches" })).toBeVisible();
      await page.screenshot({ path: info.outputPath(`book-empty-${name}.png`) });
      await axeCheck(page);
      await empty.getByRole("link", { name: "Any activity" }).click();
      await expect(page).not.toHaveURL(/activity=/);
      await expect(rows(page).first()).toBeVisible();
      await context.close();
    });
  });
}

test.describe("a second brand", () => {
  const portal = secondBrandPortal(90_000);

  for (const [name, viewport] of VIEWPORTS) {
    test(`the timetable on a ${name}: results in the first screen, distances in miles; axe clean`, async ({ browser, axeCheck }, info) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${portal.url()}/sign-in`);
      await page.waitForLoadState("networkidle");
      await new SignInPage(page).signIn(E2E.demo.email, E2E.demo.password);
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      await page.goto(`${portal.url()}/book`);
      await expectFirstRowAboveTheFold(page);
      // The row's text runs on into its price ("0.8 miJunior £4.50"): "mi" not followed by a lower-case letter.
      await expect(rows(page).first()).toContainText(/\d\smi(?![a-z])/);
      await page.screenshot({ path: info.outputPath(`book-riverside-${name}.png`) });
      await axeCheck(page);
      await context.close();
    });
  }
});
