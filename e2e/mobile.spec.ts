import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext } from "@playwright/test";
import { E2E, expect, test } from "./fixtures";
import { startPortal } from "./support/portal";
import { adultOffer, createSession } from "./support/sessions";

/**
 * The portal on a phone (390 × 844, touch): the bottom tab bar, the Account sub-navigation, no
 * sideways scrolling at 320 px, and what makes it installable (manifest, icons, service worker).
 * Read-only against the demo customer, except the last test (which resets the sandbox after itself).
 */

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } as const;

function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ...PHONE, storageState: E2E.storageState });
}

test("the tab bar reaches every section, with 44 px targets and no desktop menu", async ({ browser, axeCheck }) => {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto("/bookings");
  const tabs = page.getByRole("navigation", { name: "Sections" });
  await expect(tabs).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  // The header is one compact row.
  expect((await page.locator("header").boundingBox())!.height).toBeLessThan(80);

  // One order of sections, the pass one tap away.
  expect(await tabs.getByRole("link").allInnerTexts()).toEqual(["Home", "Book", "Bookings", "Pass", "Account"]);
  for (const [tab, path, heading] of [
    ["Book", "/book", /book a session/i],
    ["Pass", "/pass", /show at the desk/i],
    ["Account", "/account", /your account/i],
    ["Home", "/", /hello/i],
    ["Bookings", "/bookings", /your bookings/i],
  ] as const) {
    const link = tabs.getByRole("link", { name: tab, exact: true });
    const box = (await link.boundingBox())!;
    expect(box.height, `${tab} tab height`).toBeGreaterThanOrEqual(44);
    await link.tap();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible({ timeout: 20_000 });
    await expect(link).toHaveAttribute("aria-current", "page");
  }

  // Past bookings and receipts sit inside Bookings; memberships, family and signing out under Account.
  await page.getByRole("navigation", { name: "Bookings" }).getByRole("link", { name: "Past and receipts" }).tap();
  await expect(page).toHaveURL(/\/orders$/);
  await expect(tabs.getByRole("link", { name: "Bookings" })).toHaveAttribute("aria-current", "page");
  await axeCheck(page);
  await tabs.getByRole("link", { name: "Account" }).tap();
  const account = page.getByRole("navigation", { name: "Account" });
  await account.getByRole("link", { name: "Memberships" }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Memberships" })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "Account" })).toHaveAttribute("aria-current", "page");
  await expect(account.getByRole("button", { name: "Sign out" })).toBeVisible();
  await axeCheck(page);
  await context.close();
});

test("no page scrolls sideways at 320 px", async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 }, storageState: E2E.storageState });
  const page = await context.newPage();
  for (const path of ["/", "/bookings", "/book", "/sellers", "/account", "/orders", "/pass", "/offline"]) {
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(320);
  }
  await context.close();
});

test("installable: the manifest names the brand and its PNG icons load; the service worker registers", async ({ browser, request }) => {
  const res = await request.get("/manifest.webmanifest");
  expect(res.status()).toBe(200);
  const manifest = await res.json();
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto("/bookings");
  const brand = (await page.getByTestId("brand-name").innerText()).trim();
  expect(manifest).toMatchObject({ name: brand, start_url: "/", display: "standalone" });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{3,6}$/i);
  const sizes = (manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[]).map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const png = await request.get(icon.src);
    expect(png.status(), icon.src).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const [w, h] = icon.sizes.split("x").map(Number);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], icon.src).toEqual([w, h]);
  }
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", /manifest\.webmanifest/);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /apple-touch-icon\.png/);

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe("/");
  await context.close();
});

test("the icons are drawn from the broker's logo: they differ from the same brand's initials icons", async ({ request }) => {
  test.setTimeout(120_000);
  const withLogo = await request.get("/icons/icon-512.png");
  expect(withLogo.status()).toBe(200);
  // The same brand without its logo, from the same build: the initials version.
  const dir = mkdtempSync(path.join(os.tmpdir(), "brand-no-logo-"));
  const { logoUrl, ...brand } = JSON.parse(readFileSync(path.join(E2E.root, "brands/default.json"), "utf8"));
  expect(logoUrl).toBeTruthy();
  const file = path.join(dir, "no-logo.json");
  writeFileSync(file, JSON.stringify(brand));
  const portal = await startPortal({ port: E2E.brandPort, brokerConfig: file, seedDemo: false });
  try {
    const initials = await request.get(`${portal.url}/icons/icon-512.png`);
    expect(initials.status()).toBe(200);
    expect(initials.headers()["content-type"]).toBe("image/png");
    expect(Buffer.compare(await withLogo.body(), await initials.body())).not.toBe(0);
  } finally {
    await portal.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the search list shows the customer's entitlement price beside the public one", async ({ browser, sandboxAdmin }) => {
  await sandboxAdmin.reset();
  expect(
    (await sandboxAdmin.post("/admin/linked-accounts", { customerId: E2E.demo.iminCustomerId, seller: "riverside-leisure" })).status,
  ).toBe(201);
  const now = Date.parse((await sandboxAdmin.get("/admin/clock")).body.now);
  const start = new Date(Math.ceil((now + 48 * 3_600_000) / 3_600_000) * 3_600_000);
  const created = await createSession(sandboxAdmin, {
    seller: "riverside-leisure",
    activity: "Yoga",
    startDate: start.toISOString(),
    offers: [{ ...adultOffer, pricePence: 700, entitlementPricePence: 490 }],
  });
  const detail = await sandboxAdmin.get(`/events-api/v2/scheduled-sessions/${encodeURIComponent(created.id)}`);
  const geo = detail.body.superEvent.location.geo;
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(start);

  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto(`/book?at=${geo.latitude},${geo.longitude}&km=2&activity=Yoga&from=${day}&to=${day}`);
  const item = page.getByTestId("search-results").getByRole("listitem").filter({ hasText: created.name });
  await expect(item.getByTestId("entitlement-price")).toHaveText(/Your price £4\.90/);
  await expect(item).toContainText("Adult £7.00");
  await context.close();
  await sandboxAdmin.reset();
});
