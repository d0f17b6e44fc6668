import { mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { checkoutSessionRequest, portalLinks } from "../tests/support/checkout-request";
import { E2E, expect, newUserData, type SandboxAdmin, sandboxAdminClient, test } from "./fixtures";
import { payCheckoutSession } from "./support/checkout";
import { signUpPassHolder } from "./support/pass-holder";

/**
 * The pass never fails at the desk (issue 23, item 2), on a phone. A new pass holder with a family
 * member has two places on one karate session (theirs and Sam's) and a swim, all within the week,
 * booked through imin's checkout; the offline pack is saved while imin answers. The pass list says
 * whose each place is; cancelling the swim drops its code from the list, the desk view and the
 * saved copy. Then imin fails every read while the phone stays online: /pass, a desk view and
 * /bookings show the saved passes and codes inside the normal page (header, tab bar), with when
 * they were saved and Try again. Sessions are made on the sandbox's clock, so any date will do.
 */

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;
const SELLER = "northern-active";
const PASS = `NA${String(Date.now()).slice(-8)}`;
const HOUR = 3_600_000;
const SHOTS = path.join(E2E.root, "test-results", "pass-fallback");

let context: BrowserContext;
let page: Page;
let admin: SandboxAdmin;
let sam: string;
let samName: string;
const codes = { mine: "", sams: "", swim: "" };
const names = { karate: "", swim: "" };

/** The offline pack this browser holds, as the offline page reads it. */
function storedPack(): Promise<string | null> {
  return page.evaluate(async () => {
    const res = await caches.match("/api/offline-pack");
    return res ? res.text() : null;
  });
}

async function shot(name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** A free session of the seller's made for this spec at `startDate` (`POST /admin/sessions`). */
async function makeSession(name: string, startDate: string): Promise<{ offer: string; identifier: string }> {
  const made = await admin.post("/admin/sessions", {
    seller: SELLER,
    name,
    startDate,
    capacity: 10,
    offers: [{ name: "Adult", pricePence: 0, cancellationWindowMinutes: 60 }],
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return { offer: made.body.series.offers[0].id, identifier: made.body.session.identifier };
}

/** One order at imin for `attendees` on `session`, made and confirmed as the hosted checkout would. */
async function bookAtImin(holder: string, { offer, identifier }: { offer: string; identifier: string }, attendees: string[]) {
  const account = (id: string) => `${admin.url}/api/v2/customer-accounts/${id}`;
  const checkout = await admin.post(
    "/api/checkout-sessions",
    checkoutSessionRequest({
      customer: account(holder),
      broker: { name: "E2E", url: "https://portal.example" },
      orderedItem: attendees.map((a) => ({
        type: "OrderItem",
        acceptedOffer: offer,
        orderedItem: { type: "ScheduledSession", identifier },
        attendee: account(a),
      })),
      links: portalLinks,
    }),
  );
  await payCheckoutSession(checkout);
}

/** The signed-in frame is all there: the site header and, on a phone, the tab bar. */
async function expectFrame() {
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
}

test.describe
  .serial("the pass never fails at the desk", () => {
    test.beforeAll(async ({ browser }) => {
      test.setTimeout(180_000);
      admin = sandboxAdminClient();
      context = await browser.newContext(PHONE);
      page = await context.newPage();
      const user = newUserData();
      const holder = await signUpPassHolder(page, admin, user, SELLER, PASS);
      samName = `Sam ${user.familyName}`;

      await page.goto("/family");
      const form = page.getByRole("form", { name: "Add a family member" });
      await form.getByLabel(/^(First|Given) name/).fill("Sam");
      await form.getByLabel(/^(Last|Family) name/).fill(user.familyName);
      await form.getByLabel("Date of birth").fill("2015-03-14");
      await form.getByRole("button", { name: "Add family member" }).click();
      await expect(page.getByRole("status").filter({ hasText: "has been added" })).toBeVisible();
      const accounts = await admin.get(`/admin/customers?email=${encodeURIComponent(user.email)}`);
      sam = accounts.body.items.find((a: { givenName: string }) => a.givenName === "Sam").identifier;
      expect(sam).toBeTruthy();

      const now = Date.parse((await admin.get("/admin/clock")).body.now);
      const at = (ms: number) => new Date(Math.ceil(ms / (5 * 60_000)) * 5 * 60_000).toISOString();
      const tag = Date.now().toString(36);
      names.karate = `Karate ${tag}`;
      names.swim = `Swim ${tag}`;
      await bookAtImin(holder, await makeSession(names.karate, at(now + 26 * HOUR)), [holder, sam]);
      await bookAtImin(holder, await makeSession(names.swim, at(now + 30 * HOUR)), [holder]);

      const { body } = await admin.get(`/api/v2/order-items?customerIdentifier=${encodeURIComponent(holder)}`);
      const items = body["imin:item"] as any[];
      const named = (name: string) => items.filter((i) => i.orderedItem?.superEvent?.superEvent?.name === name);
      const code = (i: any) => String(i.accessCode[0].description);
      const karateItems = named(names.karate);
      expect(karateItems).toHaveLength(2);
      codes.sams = code(karateItems.find((i) => i.attendee?.givenName === "Sam"));
      codes.mine = code(karateItems.find((i) => i.attendee?.givenName !== "Sam"));
      codes.swim = code(named(names.swim)[0]);
    });

    test.afterAll(async () => {
      await admin.del("/admin/faults");
      await context.close();
    });

    test("the pass list names each person; the pack is saved while imin answers", async ({ axeCheck }) => {
      await page.goto("/pass");
      await expect(page.getByRole("heading", { level: 1, name: "Show at the desk" })).toBeVisible();
      const karate = page.getByRole("link").filter({ hasText: names.karate });
      await expect(karate).toHaveCount(2);
      await expect(karate.filter({ hasText: "For you" })).toHaveCount(1);
      await expect(karate.filter({ hasText: `For ${samName}` })).toHaveCount(1);
      await expect(page.getByRole("link").filter({ hasText: names.swim }).getByTestId("pass-booking-person")).toHaveText("For you");
      await axeCheck(page);
      await shot("pass-live-390");

      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await expect.poll(storedPack, { timeout: 15_000 }).toContain(codes.swim);
      const pack = (await storedPack())!;
      expect(pack).toContain(PASS);
      expect(pack).toContain(codes.sams);
      expect(pack).toContain("Sam");
    });

    test("a cancelled booking shows no code: the list, the desk view and the saved copy", async ({ axeCheck }) => {
      await page.goto("/bookings");
      const swim = page.getByTestId("booking").filter({ hasText: names.swim });
      await expect(swim.getByText(codes.swim, { exact: true })).toBeVisible();
      const deskHref = (await swim.getByRole("link", { name: /show at the desk/i }).getAttribute("href"))!;
      await swim.getByRole("button", { name: /cancel booking/i }).tap();
      await page.getByRole("button", { name: "Yes, cancel booking" }).tap();
      await expect(page.getByRole("heading", { name: "Booking cancelled" })).toBeVisible();
      await page.getByRole("button", { name: "Close" }).tap();

      // The saved copy drops it at once, not on the next page load.
      await expect.poll(storedPack, { timeout: 15_000 }).not.toContain(codes.swim);
      expect(await storedPack()).toContain(codes.mine);

      await page.reload();
      await expect(swim).toHaveCount(1);
      await expect(page.getByText(codes.swim, { exact: true })).toHaveCount(0);
      await expect(swim.getByRole("link", { name: /show at the desk/i })).toHaveCount(0);
      await expect(page.getByText(codes.mine, { exact: true })).toBeVisible();

      await page.goto("/pass");
      await expect(page.getByRole("link").filter({ hasText: names.swim })).toHaveCount(0);

      await page.goto(deskHref);
      await expect(page.getByTestId("desk-cancelled")).toHaveText(/cancelled, so it has no access code/);
      await expect(page.getByTestId("desk-code")).toHaveCount(0);
      await expect(page.getByText(codes.swim)).toHaveCount(0);
      await axeCheck(page);
    });

    test("imin failing, phone online: /pass shows the saved pass and codes in the normal page", async ({ axeCheck }) => {
      expect((await admin.put("/admin/faults", { route: "/api/v2", errorRate: 1, errorStatus: 503 })).status).toBe(200);
      await page.goto("/pass");
      await expect(page.getByRole("heading", { level: 1, name: "Show at the desk" })).toBeVisible();
      await expectFrame();
      const notice = page.getByTestId("saved-notice");
      await expect(notice).toContainText("We couldn't reach the booking service just now.");
      await expect(notice.getByTestId("saved-updated")).toHaveText(/^Last updated .*\d{2}:\d{2}/);
      await expect(notice.getByRole("button", { name: "Try again" })).toBeVisible();
      await expect(page.getByTestId("desk-pass-number")).toHaveText(PASS);
      await expect(page.getByRole("img", { name: new RegExp(`barcode .* number ${PASS}`) })).toBeVisible();

      const karate = page.getByTestId("saved-booking").filter({ hasText: names.karate });
      await expect(karate).toHaveCount(2);
      await expect(karate.filter({ hasText: `For ${samName}` }).getByTestId("desk-code-text")).toHaveText(codes.sams);
      await expect(karate.filter({ hasText: "For you" }).getByTestId("desk-code-text")).toHaveText(codes.mine);
      await expect(page.getByText(codes.swim)).toHaveCount(0);
      await axeCheck(page);
      await shot("pass-imin-failing-390");

      // Try again while imin still fails: the saved copy stays.
      await notice.getByRole("button", { name: "Try again" }).tap();
      await expect(page.getByTestId("desk-pass-number")).toHaveText(PASS);
    });

    test("imin failing: the desk views open from the saved copy", async ({ axeCheck }) => {
      await page.goto(`/pass/${SELLER}`);
      const desk = page.getByTestId("desk-screen");
      await expect(desk.getByTestId("desk-pass-number")).toHaveText(PASS);
      await expect(desk.getByTestId("saved-updated")).toContainText("Last updated");
      await axeCheck(page);
      await shot("pass-desk-imin-failing-390");
    });

    test("imin failing: /bookings shows the saved bookings' codes, and none for the cancelled one", async ({ axeCheck }) => {
      await page.goto("/bookings");
      await expect(page.getByRole("heading", { level: 1, name: "Your bookings" })).toBeVisible();
      await expectFrame();
      await expect(page.getByTestId("saved-notice").getByTestId("saved-updated")).toContainText("Last updated");
      await expect(page.getByTestId("saved-booking").filter({ hasText: names.karate })).toHaveCount(2);
      await expect(page.getByText(codes.mine, { exact: true })).toBeVisible();
      await expect(page.getByText(codes.sams, { exact: true })).toBeVisible();
      await expect(page.getByText(codes.swim)).toHaveCount(0);
      await axeCheck(page);
      await shot("bookings-imin-failing-390");

      // imin answers again: Try again brings the live page back.
      await admin.del("/admin/faults");
      await page.getByTestId("saved-notice").getByRole("button", { name: "Try again" }).tap();
      await expect(page.getByTestId("booking").filter({ hasText: names.karate })).toHaveCount(2);
      await expect(page.getByTestId("saved-notice")).toHaveCount(0);
    });

    test("another signed-in page failing keeps the header and tab bar", async ({ axeCheck }) => {
      expect((await admin.put("/admin/faults", { route: "/api/v2", errorRate: 1, errorStatus: 503 })).status).toBe(200);
      await page.goto("/orders");
      await expectFrame();
      await expect(page.getByRole("alert").filter({ hasText: /couldn.t load/ })).toBeVisible();
      await axeCheck(page);
      await shot("orders-imin-failing-390");
      await admin.del("/admin/faults");

      // A pass that is not theirs: a real 404, said inside the frame.
      const res = await page.goto("/pass/no-such-seller");
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expectFrame();
    });
  });
