import type { Page } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { secondBrandPortal } from "./support/portal";
import { adultOffer, createSession } from "./support/sessions";
import { walkMadeWelshPages, welshBookingPages } from "./support/welsh-booking-pages";
import { englishIn, englishPhrases, WALK_SESSION, WELSH_PAGES } from "./support/welsh-pages";
import { twinPath } from "../lib/i18n/locales";
import { E2E, expect, sandboxAdminClient, test } from "./fixtures";

// Cymraeg and English (issue 28, docs/features/languages.md): the browser's language, the switch on
// the same page, the signed-in customer's stored choice, and no English left on Welsh pages.

const WELSH_BROWSER = { locale: "cy-GB", extraHTTPHeaders: { "Accept-Language": "cy-GB,cy;q=0.9,en;q=0.5" } };

async function expectLanguage(page: Page, lang: "cy" | "en") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  const current = page.getByTestId("language-switch").locator("[aria-current=true]");
  await expect(current).toHaveText(lang === "cy" ? "Cymraeg" : "English");
}

test("a visitor whose browser prefers Welsh gets Welsh, and switches to English on the same page", async ({ browser, axeCheck }) => {
  const context = await browser.newContext(WELSH_BROWSER);
  const page = await context.newPage();
  await page.goto("/sign-in?callbackUrl=%2Fbookings");
  await expectLanguage(page, "cy");
  // The twins in the head, one per language, on the same page.
  const alternates = page.locator('head link[rel="alternate"][hreflang]');
  await expect(alternates).toHaveCount(3);
  const cyTwin = new URL((await page.locator('head link[hreflang="cy"]').getAttribute("href"))!);
  expect(cyTwin.pathname + cyTwin.search).toBe("/sign-in?callbackUrl=%2Fbookings&lang=cy");
  await axeCheck(page);

  const english = page.getByTestId("language-switch").getByRole("link", { name: "English" });
  await expect(english).toHaveAttribute("lang", "en");
  await expect(english).toHaveAttribute("hreflang", "en");
  await english.click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fbookings&lang=en$/);
  await expectLanguage(page, "en");
  await axeCheck(page);

  // The choice is remembered (cookie) over the browser's language, on any page.
  await page.goto("/");
  await expectLanguage(page, "en");
  await context.close();
});

test("a signed-in customer's stored choice wins over the browser and follows them to another device", async ({
  page,
  browser,
  signUpNewUser,
  axeCheck,
}) => {
  const user = await signUpNewUser();
  await page.goto("/account?lang=cy");
  await expectLanguage(page, "cy");

  // Another browser, English, no cookie: after signing in the customer's Welsh wins.
  const context = await browser.newContext({ locale: "en-GB", extraHTTPHeaders: { "Accept-Language": "en-GB,en" } });
  const other = await context.newPage();
  const signIn = new SignInPage(other);
  await signIn.goto();
  await expectLanguage(other, "en");
  await signIn.signIn(user.email, user.password);
  await other.waitForURL(/localhost:\d+\/$/);
  await expectLanguage(other, "cy");
  await axeCheck(other);

  // Switching back on a signed-in page stores English and keeps the page.
  await other.goto("/account");
  await expectLanguage(other, "cy");
  await other.getByTestId("language-switch").getByRole("link", { name: "English" }).click();
  await expect(other).toHaveURL(/\/account\?lang=en$/);
  await expectLanguage(other, "en");
  await page.goto("/account");
  await expectLanguage(page, "en");
  await context.close();
});

test("the share image's words and the broker's home name follow the visitor's language; the image stays the same", async ({
  browser,
  sandboxAdmin,
}) => {
  const session = await createSession(sandboxAdmin, { name: `Rhannu ${Date.now().toString(36)}`, activity: "Yoga", offers: [adultOffer] });
  const path = `/book/${encodeURIComponent(session.id)}`;
  const images: string[] = [];
  for (const [browserOptions, alt, near] of [
    [WELSH_BROWSER, "Enw’r sesiwn, y dyddiad a’r amser, y lleoliad a’r pris", "ger Canol dinas Manceinion"],
    [{ locale: "en-GB" }, "The session's name, date and time, venue and price", "near Manchester city centre"],
  ] as const) {
    const context = await browser.newContext(browserOptions);
    const page = await context.newPage();
    await page.goto(path);
    const head = page.locator("head");
    // One image: the page's own (with its alt), not the file's beside it.
    await expect(head.locator('meta[property="og:image"]')).toHaveCount(1);
    images.push((await head.locator('meta[property="og:image"]').getAttribute("content")) ?? "");
    await expect(head.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", alt);
    await expect(head.locator('meta[name="twitter:image:alt"]')).toHaveAttribute("content", alt);
    // brands/default.json's translations.cy.locationName: where /book's searches start.
    await page.goto("/book");
    await expect(page.locator("#results-heading")).toContainText(near);
    await context.close();
  }
  // The route's own image URL (Next's suffix for a route group, the build hash), the same in both languages.
  expect(images[0]).toContain(`${path}/opengraph-image`);
  expect(images[0]).toMatch(/\/opengraph-image[-\w]*\?\w+$/);
  expect(images[1]).toBe(images[0]);
});

test.describe("a broker offering only English (brands/riverside.json)", () => {
  const riverside = secondBrandPortal(90_000);

  test("shows no switch and stays English for a Welsh browser", async ({ browser }) => {
    const context = await browser.newContext(WELSH_BROWSER);
    const page = await context.newPage();
    await page.goto(`${riverside.url()}/?lang=cy`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("language-switch")).toHaveCount(0);
    await expect(page.locator('head link[rel="alternate"][hreflang]')).toHaveCount(0);
    await context.close();
  });
});

test("the staff console stays English", async ({ browser }) => {
  const context = await browser.newContext(WELSH_BROWSER);
  const page = await context.newPage();
  await page.goto("/staff/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("language-switch")).toHaveCount(0);
  await context.close();
});

test.describe("the Welsh pages", () => {
  // The /book search the walk opens has this session among its results, whatever the seed holds.
  test.beforeAll(async () => {
    await createSession(sandboxAdminClient(), { ...WALK_SESSION, offers: [adultOffer] });
  });

  // The walk stores Welsh on the demo login; every other spec expects its English back.
  test.afterAll(async ({ browser }) => {
    const context = await browser.newContext({ storageState: E2E.storageState });
    const page = await context.newPage();
    await page.goto("/?lang=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("no English left on the Welsh pages", async ({ browser }) => {
    // Some twenty pages, each in a fresh browser context.
    test.setTimeout(240_000);
    await walkWelshPages(browser);
  });

  test("no English left on the Welsh session, slot and group-booking pages", async ({ browser, page, signUpNewUser, sandboxAdmin }) => {
    test.setTimeout(120_000);
    await signUpNewUser();
    await walkMadeWelshPages(browser, await welshBookingPages(page, sandboxAdmin));
  });
});

async function walkWelshPages(browser: import("@playwright/test").Browser) {
  const phrases = englishPhrases();
  expect(phrases.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const { path, signedIn, shows, iminText } of WELSH_PAGES) {
    const context = await browser.newContext({ ...WELSH_BROWSER, ...(signedIn ? { storageState: E2E.storageState } : {}) });
    const page = await context.newPage();
    await page.goto(signedIn ? twinPath(path, "cy") : path);
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    if (shows) await expect(page.locator(shows).first(), `${path}: ${shows}`).toBeVisible();
    // What imin sent is kept as sent: the matched elements' own text is left out, their child elements are checked.
    if (iminText) {
      await page.locator(iminText).evaluateAll((els) => {
        for (const e of els) for (const n of [...e.childNodes]) if (n.nodeType === Node.TEXT_NODE) n.remove();
      });
    }
    const text = await page.locator("body").innerText();
    const title = await page.title();
    for (const phrase of englishIn(`${title}\n${text}`, phrases)) found.push(`${path}${signedIn ? " (signed in)" : ""}: ${phrase}`);
    await context.close();
  }
  expect(found).toEqual([]);
}
