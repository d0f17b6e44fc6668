import { expect, test } from "./fixtures";
import { adultOffer, createSession } from "./support/sessions";

// The /book timetable in Welsh (issue 28): its browser parts show the server's Welsh days and
// distances (made by the server: a browser's Intl may lack Welsh, as this Chromium's does), so the
// page hydrates without a mismatch and stays Welsh after a search in the page.

const WELSH_BROWSER = { locale: "cy-GB", extraHTTPHeaders: { "Accept-Language": "cy-GB,cy;q=0.9,en;q=0.5" } };

test("the Welsh timetable hydrates in Welsh and keeps its Welsh days and distances after a search", async ({
  browser,
  sandboxAdmin,
  axeCheck,
}) => {
  const session = await createSession(sandboxAdmin, {
    name: `Ioga Cymraeg ${Date.now().toString(36)}`,
    activity: "Yoga",
    offers: [adultOffer],
  });
  const context = await browser.newContext(WELSH_BROWSER);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/book?activity=Yoga");
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Archebu sesiwn" })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(session.name) })).toBeVisible();
  await page.waitForLoadState("networkidle");

  const days = page.getByRole("navigation", { name: "Diwrnod" });
  await expect(days.getByRole("link").nth(1)).toHaveAccessibleName(/^Heddiw, Dydd \S+ \d+ \S+$/);
  await expect(days.getByRole("link").nth(2)).toHaveAccessibleName(/^Dydd (Sul|Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn) \d+ \S+$/);
  await expect(page.locator("#results-heading")).toContainText(/ ger .+, o fewn \d+ (filltir|milltir)$/);
  await axeCheck(page);

  // A search in the page (the browser's own render): still Welsh.
  await page.getByTestId("filters").locator("summary").click();
  await page.getByLabel("O fewn").selectOption("25");
  await page.getByRole("button", { name: "Dangos canlyniadau" }).click();
  await expect(page).toHaveURL(/km=25/);
  await expect(page.locator("#results-heading")).toContainText(/o fewn 16 milltir$/);
  await expect(page.getByTestId("search-results").getByRole("heading", { level: 3 }).first()).toContainText(
    /^(Heddiw|Yfory|Sul|Llun|Maw|Mer|Iau|Gwe|Sad)\b/,
  );
  expect(errors).toEqual([]);
  await context.close();
});
