import type { BrowserContext, Page } from "@playwright/test";
import { expect, newUserData, sandboxAdminClient, test } from "./fixtures";
import { payOnCheckout } from "./support/checkout";
import { signUpPassHolder } from "./support/pass-holder";
import { createSession } from "./support/sessions";

/**
 * In the customer's pocket, on a phone: a new customer (so the demo customer stays untouched) with
 * a linked seller's access pass and two bookings made through imin's hosted checkout — one that
 * can still be cancelled, one whose cancellation window has closed. Then: why there is no Cancel,
 * the desk views, the portal offline, Book again, and signing out forgetting everything.
 */

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;
const SELLER = "northern-active";
const PASS = `NA${String(Date.now()).slice(-8)}`;
const HOUR = 3_600_000;

let context: BrowserContext;
let page: Page;
let reference: string;
const sessions: Record<"open" | "closed", { id: string; name: string; code?: string }> = {} as never;

async function book(sessionId: string) {
  await page.goto(`/book/${encodeURIComponent(sessionId)}`);
  await page.getByRole("button", { name: "Book now: Adult ticket" }).click();
  await payOnCheckout(page);
}

function card(name: string) {
  return page.getByTestId("booking").filter({ hasText: name });
}

/** The offline pack this browser holds, as the offline page reads it. */
function storedPack(): Promise<string | null> {
  return page.evaluate(async () => {
    const res = await caches.match("/api/offline-pack");
    return res ? res.text() : null;
  });
}

test.describe
  .serial("in the customer's pocket", () => {
    test.beforeAll(async ({ browser }) => {
      test.setTimeout(120_000);
      const admin = sandboxAdminClient();
      context = await browser.newContext(PHONE);
      page = await context.newPage();
      const user = newUserData();
      reference = await signUpPassHolder(page, admin, user, SELLER, PASS);

      const now = Date.parse((await admin.get("/admin/clock")).body.now);
      const at = (ms: number) => new Date(Math.ceil(ms / (5 * 60_000)) * 5 * 60_000).toISOString();
      sessions.open = await createSession(admin, {
        seller: SELLER,
        startDate: at(now + 26 * HOUR),
        offers: [{ name: "Adult", pricePence: 500, cancellationWindowMinutes: 60 }],
      });
      sessions.closed = await createSession(admin, {
        seller: SELLER,
        startDate: at(now + 2 * HOUR),
        offers: [{ name: "Adult", pricePence: 500, cancellationWindowMinutes: 180 }],
      });
      await book(sessions.open.id);
      await book(sessions.closed.id);
      const { body } = await admin.get(`/api/v2/order-items?customerIdentifier=${encodeURIComponent(reference)}`);
      for (const key of ["open", "closed"] as const) {
        const item = body["imin:item"].find((i: any) => i.orderedItem?.superEvent?.superEvent?.name === sessions[key].name);
        sessions[key].code = item.accessCode[0].description;
      }
    });

    test.afterAll(async () => {
      await context.close();
    });

    test("a booking without Cancel says why, with the organiser's contacts", async ({ axeCheck }) => {
      await page.goto("/bookings");
      const closed = card(sessions.closed.name);
      await expect(closed.getByRole("button", { name: /cancel booking/i })).toHaveCount(0);
      const why = closed.getByTestId("why-no-cancel");
      await expect(why).toContainText("Online cancellation closed 3 hours before the start, at");
      await expect(why).toContainText(/\d{2}:\d{2} (GMT|BST)/);
      await expect(why.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);
      await expect(why.getByRole("link").first()).toBeVisible();
      const open = card(sessions.open.name);
      await expect(open.getByRole("button", { name: /cancel booking/i })).toBeVisible();
      await expect(open.getByTestId("why-no-cancel")).toHaveCount(0);
      await axeCheck(page);
    });

    test("Show at the desk: the booking's QR code and the seller's barcode, full screen", async ({ axeCheck }) => {
      await card(sessions.open.name)
        .getByRole("link", { name: /show at the desk/i })
        .tap();
      const desk = page.getByTestId("desk-screen");
      await expect(desk.getByRole("img", { name: `QR code for Access code ${sessions.open.code}` })).toBeVisible();
      await expect(desk.getByTestId("desk-code-text")).toHaveText(sessions.open.code!);
      await axeCheck(page);

      await page.goto(`/pass/${SELLER}`);
      await expect(desk.getByRole("img", { name: new RegExp(`barcode .* number ${PASS}`) })).toBeVisible();
      await expect(desk.getByTestId("desk-pass-number")).toHaveText(PASS);
      await axeCheck(page);
      await desk.getByRole("link", { name: "Done" }).tap();
      await expect(page).toHaveURL(/\/pass$/);
    });

    test("offline after one visit: the passes and this week's access codes still show", async () => {
      await page.goto("/bookings");
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await expect.poll(storedPack, { timeout: 15_000 }).toContain(sessions.closed.code!);
      expect(await storedPack()).toContain(PASS);

      await context.setOffline(true);
      await page.goto("/bookings");
      await expect(page.getByRole("heading", { level: 1, name: "You’re offline" })).toBeVisible();
      await expect(page.getByTestId("desk-pass-number")).toHaveText(PASS);
      await expect(page.getByText(sessions.open.code!, { exact: true })).toBeVisible();
      await expect(page.getByText(sessions.closed.code!, { exact: true })).toBeVisible();
      await expect(page.getByTestId("offline-updated").first()).toContainText(/Last updated .*(GMT|BST)/);

      await page.goto(`/pass/${SELLER}`);
      await expect(page.getByTestId("desk-pass-number")).toHaveText(PASS);
      await context.setOffline(false);
    });

    test("Book again opens the next session of the series, or says there is none", async () => {
      await page.goto("/bookings");
      await card(sessions.open.name)
        .getByRole("button", { name: /cancel booking/i })
        .tap();
      await page.getByRole("button", { name: "Yes, cancel booking" }).tap();
      await expect(page.getByRole("heading", { name: "Booking cancelled" })).toBeVisible();
      await page.getByRole("button", { name: "Close" }).tap();
      await page.reload();
      await card(sessions.open.name)
        .getByRole("link", { name: /book again/i })
        .tap();
      await expect(page).toHaveURL(new RegExp(`/book/${encodeURIComponent(sessions.open.id)}$`));
      await expect(page.getByRole("heading", { level: 1, name: sessions.open.name })).toBeVisible();

      // The organiser cancels the only session of the series: nothing left to book.
      expect((await sandboxAdminClient().post(`/admin/sessions/${encodeURIComponent(sessions.open.id)}/cancel`, {})).status).toBeLessThan(
        300,
      );
      await page.goBack();
      await page.reload();
      await card(sessions.open.name)
        .getByRole("link", { name: /book again/i })
        .tap();
      await expect(page.getByText(`No ${sessions.open.name} sessions`)).toContainText("in the next 14 days");
    });

    test("signing out forgets the offline copy: offline shows nothing personal", async () => {
      await page.goto("/account");
      await page.getByRole("navigation", { name: "Account" }).getByRole("button", { name: "Sign out" }).tap();
      await page.waitForURL(/\/sign-in/);
      expect(await storedPack()).toBeNull();

      await context.setOffline(true);
      await page.goto("/bookings");
      await expect(page.getByRole("heading", { level: 1, name: "You’re offline" })).toBeVisible();
      await expect(page.getByTestId("offline-empty")).toBeVisible();
      await expect(page.getByText(PASS)).toHaveCount(0);
      await expect(page.getByText(sessions.closed.code!, { exact: true })).toHaveCount(0);
      await context.setOffline(false);
    });
  });
