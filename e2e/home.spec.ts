import type { BrowserContext, Page } from "@playwright/test";
import { expect, newUserData, sandboxAdminClient, test } from "./fixtures";
import { payOnCheckout } from "./support/checkout";
import { signUpPassHolder } from "./support/pass-holder";
import { createSession } from "./support/sessions";

/**
 * The signed-in home, as a new customer sees it on a phone and on a desktop: the next booking with
 * its code and "Show at the desk" one tap away, the membership pass, and ways to book again. The
 * customer is new (the demo customer stays untouched): a linked seller's access pass and one place
 * booked through the sandbox's checkout.
 */

const SELLER = "northern-active";
const PASS = `HM${String(Date.now()).slice(-8)}`;
const HOUR = 3_600_000;

const VIEWPORTS = [
  ["phone", { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
  ["desktop", { viewport: { width: 1280, height: 800 } }],
] as const;

let context: BrowserContext;
let page: Page;
const booked = { title: "", code: "" };

test.describe
  .serial("the signed-in home", () => {
    test.beforeAll(async ({ browser }) => {
      test.setTimeout(120_000);
      const admin = sandboxAdminClient();
      context = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/London" });
      page = await context.newPage();
      const user = newUserData();
      const reference = await signUpPassHolder(page, admin, user, SELLER, PASS);
      // A place booked through imin's hosted checkout (it gives the place its access code).
      const now = Date.parse((await admin.get("/admin/clock")).body.now);
      const session = await createSession(admin, {
        seller: SELLER,
        startDate: new Date(Math.ceil((now + 3 * HOUR) / (5 * 60_000)) * 5 * 60_000).toISOString(),
        offers: [{ name: "Adult", pricePence: 500, cancellationWindowMinutes: 60 }],
      });
      await page.goto(`/book/${encodeURIComponent(session.id)}`);
      await page.getByRole("button", { name: "Book now: Adult ticket" }).click();
      await payOnCheckout(page);
      const { body } = await admin.get(`/api/v2/order-items?customerIdentifier=${encodeURIComponent(reference)}`);
      const item = body["imin:item"].find((i: any) => i.orderedItem?.superEvent?.superEvent?.name === session.name);
      booked.title = session.name;
      booked.code = item?.accessCode?.[0]?.description ?? "";
      expect(booked.code).not.toBe("");
    });

    test.afterAll(async () => {
      await context.close();
    });

    for (const [label, options] of VIEWPORTS) {
      test(`${label}: the next booking, its code and the pass, with the desk one tap away`, async ({ axeCheck }) => {
        await page.setViewportSize(options.viewport);
        await page.goto("/");
        await expect(page.getByRole("heading", { level: 1, name: /^Hello, Robin$/ })).toBeVisible();
        const next = page.getByTestId("next-booking");
        await expect(next).toContainText(booked.title);
        // Details carry the long date, the zone said once beside it.
        await expect(next).toContainText(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
        await expect(next).toContainText(/Times are UK time \((GMT|BST)\)/);
        await expect(page.getByTestId("next-booking-code")).toHaveText(booked.code);
        const pass = page.getByTestId("home-pass");
        await expect(pass.getByTestId("access-pass-number")).toHaveText(PASS);
        await expect(page.getByRole("region", { name: "Book again" }).getByRole("link", { name: "Find a session" })).toBeVisible();
        await axeCheck(page);

        // One tap: the booking's code full screen for the desk.
        await next.getByRole("link", { name: "Show at the desk" }).click();
        await expect(page.getByTestId("desk-code-text")).toHaveText(booked.code);
        await page.goBack();
        // One tap: the pass full screen.
        await pass.getByRole("link", { name: /Show at the desk/ }).click();
        await expect(page.getByTestId("desk-pass-number")).toHaveText(PASS);
      });
    }

    test("a signed-out visitor still gets the landing page", async ({ browser }) => {
      const visitor = await browser.newContext();
      const p = await visitor.newPage();
      await p.goto("/");
      await expect(p.getByRole("link", { name: "Create an account" })).toBeVisible();
      await expect(p.getByTestId("next-booking")).toHaveCount(0);
      await visitor.close();
    });
  });
