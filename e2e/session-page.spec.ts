import type { Locator, Page, TestInfo } from "@playwright/test";
import { E2E, expect, type SandboxAdmin, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { payOnCheckout } from "./support/checkout";
import { secondBrandPortal } from "./support/portal";
import { createFamilySwim, createSession } from "./support/sessions";
import { checkoutSessionRequest, portalLinks } from "../tests/support/checkout-request";

/**
 * The session page decides (issue 23, items 4 and 5), on a phone (390×844) and a desktop (1280×800):
 * the price, the cancellation policy and Book on the first screen (on a phone in a bar above the tab
 * bar); "Who for" from the tickets' ages; tickets the customer can't use folded with the reason;
 * "You have a place" at the top after booking; "Back to search" to the search the customer came
 * from, and only to /book. Booking for two: the total and the number of payments before the first
 * checkout, each checkout's way back, and a later step that sells out offers to cancel the earlier
 * place. Every session is made for the test (ages from its date), so it holds on any day. A
 * screenshot per page, viewport and brand is kept in the test output.
 */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

test.setTimeout(240_000);

/** The date `years` and `days` before an ISO instant, as a date input takes it. */
function before(iso: string, years: number, days: number): string {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

async function shot(page: Page, info: TestInfo, name: string) {
  await page.screenshot({ path: info.outputPath(`${name}.png`) });
  await page.screenshot({ path: info.outputPath(`${name}-full.png`), fullPage: true });
}

/** The control is wholly on the first screen and, on a phone, not under the tab bar. */
async function expectOnFirstScreen(page: Page, control: Locator) {
  await expect(control).toBeVisible();
  const box = (await control.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  const tabBar = page.getByRole("navigation", { name: "Sections" });
  const floor = (await tabBar.isVisible()) ? (await tabBar.boundingBox())!.y : viewport.height;
  expect(box.y + box.height, "above the tab bar / the bottom of the screen").toBeLessThanOrEqual(floor);
}

const classOffers = [
  { name: "Adult", pricePence: 650, ageMin: 16, cancellationWindowMinutes: 1440 },
  { name: "Senior", pricePence: 450, ageMin: 60, cancellationWindowMinutes: 1440 },
];

/** The session page as the demo customer (38, an adult) sees a class with Adult 16+ and Senior 60+ tickets. */
async function checkClassPage(page: Page, info: TestInfo, base: string, sessionId: string, brand: string, axe: (p: Page) => Promise<void>) {
  const from = "/book?activity=Swimming&time=evening";
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.goto(`${base}/book/${encodeURIComponent(sessionId)}?from=${encodeURIComponent(from)}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // The decision on the first screen: price, cancellation policy and Book.
    const bar = page.getByRole("region", { name: "Price and booking" });
    await expect(bar.getByTestId("book-bar-price")).toHaveText("£6.50");
    await expect(bar.getByTestId("cancel-policy")).toHaveText("Cancel online for a full refund up to 1 day before the start");
    await expectOnFirstScreen(page, bar.getByRole("button", { name: "Book now: Adult ticket" }));
    await expectOnFirstScreen(page, bar.getByTestId("cancel-policy"));
    await shot(page, info, `${brand}-session-${viewport.width}`);

    // Who for comes from the tickets, and the Senior ticket is folded away with why.
    await expect(page.getByTestId("who-for")).toHaveText("Ages 16 and over");
    const folded = page.getByTestId("folded-offers");
    await expect(folded.locator("summary")).toHaveText("Not for you: Senior");
    await expect(page.getByRole("heading", { level: 3, name: "Senior" })).toBeHidden();
    await folded.locator("summary").click();
    await expect(folded.getByTestId("unbookable-reason")).toContainText(/Ages 60 and over only; you will be \d+ on the day/);

    // Back to search: the search the customer came from.
    await expect(page.getByRole("link", { name: "Back to search" })).toHaveAttribute("href", from);
    await axe(page);
  }
}

test.describe("the session page decides", () => {
  test("a class: Book and the cancellation policy on the first screen, who for, folded tickets, back to the search, then 'You have a place' at the top", async ({
    demoPage: page,
    sandboxAdmin,
    axeCheck,
  }, info) => {
    const session = await createSession(sandboxAdmin, { activity: "Swimming", offers: classOffers });
    await checkClassPage(page, info, "", session.id, "acme", axeCheck);

    // "Back to search" follows only a /book search: anything else is /book.
    for (const hostile of ["https://evil.example/book?x=1", "//evil.example/book?x=1", "/bookings?x=1", "/book", "javascript:alert(1)"]) {
      await page.goto(`/book/${encodeURIComponent(session.id)}?from=${encodeURIComponent(hostile)}`);
      await expect(page.getByRole("link", { name: "Back to search" })).toHaveAttribute("href", "/book");
    }

    // Book from the phone's bar; imin's page comes back to the session, which now says so at the top.
    await page.setViewportSize(PHONE);
    const sessionUrl = page.url().replace(/\?.*$/, "");
    await page.getByRole("region", { name: "Price and booking" }).getByRole("button", { name: "Book now: Adult ticket" }).click();
    await payOnCheckout(page);
    await expect(page.getByRole("link", { name: "View my bookings" })).toHaveAttribute("href", /\/bookings$/);
    await page.getByRole("link", { name: /^Back to / }).click();
    await expect(page).toHaveURL(sessionUrl);
    const placed = page.getByRole("status").filter({ hasText: "You have a place" });
    await expectOnFirstScreen(page, placed);
    const whenWhere = (await page.locator("dl").first().boundingBox())!;
    expect((await placed.boundingBox())!.y).toBeLessThan(whenWhere.y);
    await expect(page.getByRole("button", { name: /Book now/ })).toHaveCount(0);
    await axeCheck(page);
    await shot(page, info, "acme-session-booked-390");
  });

  test("a ticket without online cancellation says so before booking; a session with no ticket for the customer shows why, open", async ({
    demoPage: page,
    sandboxAdmin,
  }) => {
    const noCancel = await createSession(sandboxAdmin, { offers: [{ name: "Adult", pricePence: 500, ageMin: 16 }] });
    await page.setViewportSize(PHONE);
    await page.goto(`/book/${encodeURIComponent(noCancel.id)}`);
    await expect(page.getByRole("region", { name: "Price and booking" }).getByTestId("cancel-policy")).toHaveText(
      "Online cancellation is not offered",
    );
    const juniors = await createSession(sandboxAdmin, {
      offers: [{ name: "Junior", pricePence: 300, ageMax: 15, cancellationWindowMinutes: 60 }],
    });
    await page.goto(`/book/${encodeURIComponent(juniors.id)}`);
    await expect(page.getByRole("region", { name: "Price and booking" })).toHaveCount(0);
    await expect(page.getByTestId("who-for")).toHaveText("Ages 15 and under");
    await expect(page.getByTestId("folded-offers").locator("summary")).toHaveText("No ticket you can book: Junior");
    await expect(page.getByTestId("unbookable-reason")).toBeVisible();
  });

  test.describe("the second brand", () => {
    const portal = secondBrandPortal(120_000);

    test("the same decisions on Riverside's portal", async ({ page, sandboxAdmin, axeCheck }, info) => {
      const session = await createSession(sandboxAdmin, { activity: "Swimming", offers: classOffers });
      await page.goto(`${portal.url()}/sign-in`);
      await new SignInPage(page).signIn(E2E.demo.email, E2E.demo.password);
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      await checkClassPage(page, info, portal.url(), session.id, "riverside", axeCheck);
    });
  });
});

async function orderItemsOf(admin: SandboxAdmin, customerId: string) {
  const res = await admin.get(`/api/v2/orders?customerIdentifier=${encodeURIComponent(customerId)}`);
  expect(res.status).toBe(200);
  return (res.body["imin:item"] as any[]).flatMap((o) =>
    (o.orderedItem as any[]).map((i) => ({
      attendee: i.attendee?.givenName as string | undefined,
      status: String(i.orderItemStatus).replace("https://openactive.io/", ""),
      session: i.orderedItem?.name as string | undefined,
    })),
  );
}

test("booking for two: the total and 2 payments before the first checkout, each return lands right, a sold-out second step offers to cancel the first place", async ({
  page,
  signUpNewUser,
  sandboxAdmin,
  axeCheck,
}, info) => {
  // Two spaces: the holder's Adult place, then someone else takes the last before Sam's Junior place.
  const { id: sessionId, identifier, name, startDate, offers } = await createFamilySwim(sandboxAdmin, 2);

  const holder = await signUpNewUser();
  await page.goto("/family");
  const form = page.getByRole("form", { name: "Add a family member" });
  await form.getByLabel(/^(First|Given) name$/).fill("Sam");
  await form.getByLabel(/^(Last|Family) name$/).fill(holder.familyName);
  await form.getByLabel("Date of birth").fill(before(startDate, 8, 40));
  await form.getByRole("button", { name: "Add family member" }).click();
  await expect(page.getByRole("status").filter({ hasText: "has been added" })).toBeVisible();

  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await page.goto(`/book/${encodeURIComponent(sessionId)}`);
    // The bar's Book leads to "Who is coming?", and says what a place costs.
    const bar = page.getByRole("region", { name: "Price and booking" });
    await expect(bar.getByTestId("book-bar-price")).toHaveText("From £3.00 a person");
    await expectOnFirstScreen(page, bar.getByRole("link", { name: "Book: choose who is coming" }));
    await shot(page, info, `acme-family-session-${viewport.width}`);
  }
  await page.getByRole("region", { name: "Price and booking" }).getByRole("link", { name: "Book: choose who is coming" }).click();
  const who = page.getByRole("group", { name: "Who is coming?" });
  await who.getByRole("checkbox", { name: new RegExp(`^Sam ${holder.familyName}`) }).check();
  // Before any checkout: the total for everyone and how many payments.
  await expect(page.getByTestId("group-total")).toHaveText(
    "Total £9.50 for 2 people, in 2 payments: each ticket type is paid in its own checkout, one after the other.",
  );
  await axeCheck(page);
  await shot(page, info, "acme-who-is-coming-390");
  await page.getByRole("button", { name: "Continue to checkout" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Booking for several people" })).toBeVisible();
  await expect(page.getByTestId("group-summary")).toContainText("Total for all 2 people: £9.50, in 2 payments");
  const steps = page.getByTestId("group-step");
  await expect(steps.nth(0)).toContainText("1 of 2: Adult ticket for you: £6.50");
  await expect(steps.nth(1)).toContainText("2 of 2: Junior ticket for Sam: £3.00");
  await axeCheck(page);
  await shot(page, info, "acme-group-plan-390");
  const planUrl = page.url();

  // The first checkout: "View my bookings" goes to the bookings, "Back to" to the plan.
  await page.getByRole("button", { name: "Go to checkout: 1 of 2" }).click();
  await payOnCheckout(page);
  await expect(page.getByRole("link", { name: "View my bookings" })).toHaveAttribute("href", /^http:\/\/localhost:\d+\/bookings$/);
  await expect(page.getByRole("link", { name: /^Back to / })).toHaveAttribute("href", planUrl);
  await page.getByRole("link", { name: /^Back to / }).click();
  await expect(page).toHaveURL(planUrl);
  await expect(steps.nth(0)).toContainText("Booked");

  // Someone else takes the last space: Sam's step can't be booked, and the holder's place can be cancelled.
  const adultOffer = offers.find((o) => o.name === "Adult")!.id;
  const checkout = await sandboxAdmin.post(
    "/api/checkout-sessions",
    checkoutSessionRequest({
      customer: `${sandboxAdmin.url}/api/v2/customer-accounts/${E2E.demo.iminCustomerId}`,
      broker: { name: "E2E", url: "https://portal.example" },
      orderedItem: [
        {
          type: "OrderItem",
          acceptedOffer: adultOffer,
          orderedItem: { type: "ScheduledSession", identifier },
        },
      ],
      links: portalLinks,
    }),
  );
  expect(checkout.status, JSON.stringify(checkout.body)).toBe(201);
  const paid = await fetch(checkout.body.potentialAction[0].target, {
    method: "POST",
    body: new URLSearchParams({ cardNumber: "4242424242424242" }),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  expect(paid.status).toBe(303);

  await page.reload();
  const problem = page.getByRole("alert").filter({ hasText: "can't be booked" });
  await expect(problem).toContainText("2 of 2: Junior ticket for Sam can't be booked");
  await expect(problem).toContainText("full");
  await expect(page.getByRole("button", { name: "Continue: 2 of 2" })).toHaveCount(0);
  await axeCheck(page);
  await shot(page, info, "acme-group-sold-out-390");
  await problem.getByRole("button", { name: "Cancel the 1 place already booked" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Places cancelled" })).toContainText("1 place from this booking is cancelled");
  await expect(steps.nth(0)).toContainText("Cancelled");

  const accounts = await sandboxAdmin.get(`/admin/customers?email=${encodeURIComponent(holder.email)}`);
  const holderId: string = accounts.body.items.find((a: { givenName: string }) => a.givenName === holder.givenName).identifier;
  const items = (await orderItemsOf(sandboxAdmin, holderId)).filter((i) => i.session === name);
  expect(items.map((i) => i.status)).toEqual(["CustomerCancelled"]);
  // The session page no longer offers to continue the closed booking.
  await page.goto(`/book/${encodeURIComponent(sessionId)}`);
  await expect(page.getByRole("link", { name: /^Continue: / })).toHaveCount(0);
});
