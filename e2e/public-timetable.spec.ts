import type { Browser, Page } from "@playwright/test";
import { E2E, expect, newUserData, type SandboxAdmin, test } from "./fixtures";
import { SignUpPage } from "./pages/sign-up-page";
import { payOnCheckout } from "./support/checkout";
import { linkIn, waitForMail } from "./support/mail";
import { type RunningPortal, startPortal } from "./support/portal";
import { adultOffer } from "./support/sessions";

/**
 * The public timetable and session pages (issue 27, docs/features/public-pages.md): a signed-out
 * visitor searches and opens a session (standard prices, "Member prices after you sign in", no
 * customer's marks); the shared URL opens in a fresh browser, whose Book leads to sign-up; the
 * mailed link brings the new customer back to that session, signed in, and they book. Without
 * JavaScript the pages still show their content. With GUEST_CHECKOUT on (a second portal), a visitor
 * books as a guest on imin's checkout and comes back to an offer of an account, address prefilled.
 */

test.setTimeout(180_000);

const ukDay = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(iso));

/** A session made for this test, with a paid ticket and a members-only one, and its UK day. */
async function createPublicSession(admin: SandboxAdmin) {
  const name = `Public Hoop ${Date.now().toString(36)}`;
  const res = await admin.post("/admin/sessions", {
    seller: "northern-active",
    name,
    activity: "Aerial Hoop",
    offers: [adultOffer, { name: "Member", pricePence: 300, ageMin: 16, membershipRequired: true }],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.session.id as string, name, day: ukDay(res.body.session.startDate) };
}

async function expectVisitorSession(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const bar = page.getByTestId("book-bar");
  await expect(bar.getByTestId("book-bar-price")).toContainText("£6.50");
  await expect(bar.getByTestId("member-prices-note")).toHaveText("Member prices after you sign in");
  // The visitor's frame, and nothing of a customer's.
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Create an account" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Who is coming" })).toHaveCount(0);
  await expect(page.getByTestId("has-place")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Book now/ })).toHaveCount(0);
}

async function withoutJavaScript(browser: Browser, session: { id: string; name: string; day: string }) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`/book?activity=Aerial+Hoop&from=${session.day}&to=${session.day}`);
    await expect(page.getByRole("link", { name: new RegExp(session.name) })).toBeVisible();
    await page.goto(`/book/${encodeURIComponent(session.id)}`);
    await expect(page.getByRole("heading", { level: 1, name: session.name })).toBeVisible();
    await expect(page.getByTestId("book-bar-price")).toContainText("£6.50");
    // Book is a plain link to the choice, which is plain links too.
    await page.getByRole("link", { name: "Book: create an account or sign in" }).click();
    await expect(page.getByTestId("visitor-sign-up")).toHaveAttribute(
      "href",
      `/sign-up?callbackUrl=${encodeURIComponent(`/book/${encodeURIComponent(session.id)}`)}`,
    );
  } finally {
    await context.close();
  }
}

test("a visitor finds a session, a friend opens the shared link, signs up through the mail, lands back on it signed in and books", async ({
  page,
  browser,
  sandboxAdmin,
  axeCheck,
}) => {
  const session = await createPublicSession(sandboxAdmin);

  // Signed out: the timetable, standard prices said so, a search, the session.
  await page.goto(`/book?from=${session.day}&to=${session.day}`);
  await expect(page.getByRole("heading", { level: 1, name: "Book a session" })).toBeVisible();
  await expect(page.getByTestId("member-prices-note")).toBeVisible();
  await axeCheck(page);
  await page.getByRole("combobox", { name: "Activity" }).fill("Aerial Hoop");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/activity=Aerial/);
  const row = page.getByRole("link", { name: new RegExp(session.name) });
  await expect(row).toBeVisible();
  await expect(page.getByText("Booked ✓")).toHaveCount(0);
  await row.click();
  await expectVisitorSession(page, session.name);
  await expect(page.getByTestId("unbookable-reason")).toContainText("Members only: sign in and link your");
  // GUEST_CHECKOUT is off on this portal.
  await expect(page.getByTestId("guest-checkout")).toHaveCount(0);
  await axeCheck(page);
  const shared = `/book/${encodeURIComponent(session.id)}`;

  await withoutJavaScript(browser, session);

  // A fresh browser opens the shared link and presses Book: create an account (prominent) or sign in.
  const friend = await browser.newContext();
  try {
    const p = await friend.newPage();
    await p.goto(shared);
    await expectVisitorSession(p, session.name);
    await p.getByRole("link", { name: "Book: create an account or sign in" }).click();
    const choice = p.getByRole("region", { name: "To book, create an account or sign in" });
    await expect(choice).toBeVisible();
    await expect(choice.getByRole("link", { name: "Sign in to book" })).toHaveAttribute(
      "href",
      `/sign-in?callbackUrl=${encodeURIComponent(shared)}`,
    );
    await choice.getByRole("link", { name: "Create an account and book" }).click();
    await expect(p).toHaveURL(/\/sign-up\?callbackUrl=/);
    await axeCheck(p);

    const user = newUserData();
    const signUp = new SignUpPage(p);
    await signUp.fill(user);
    await signUp.submit();
    await signUp.expectCheckEmail();
    const mail = await waitForMail(sandboxAdmin, user.email, /confirm your email address/i);
    const link = linkIn(mail, "/verify-email");
    expect(new URL(link).searchParams.get("next")).toBe(shared);
    await p.goto(link);
    await signUp.confirmInThisBrowser();

    // Back on the session, signed in: the customer's view, and Book books.
    await p.waitForURL((url) => url.pathname === shared);
    await expect(p.getByTestId("signed-in-as")).toBeVisible();
    await expect(p.getByRole("heading", { level: 1, name: session.name })).toBeVisible();
    await expect(p.getByTestId("member-prices-note")).toHaveCount(0);
    await p.getByRole("button", { name: "Book now: Adult ticket" }).click();
    await payOnCheckout(p);
  } finally {
    await friend.close();
  }

  // The visitor's view of the same page is still the public one (the kept rendering holds no customer).
  await page.goto(shared);
  await expectVisitorSession(page, session.name);
});

test("a visitor sees the courts tab and a slot page: the public frame, standard prices, Book as a choice", async ({
  page,
  sandboxAdmin,
  axeCheck,
}) => {
  const clock = await sandboxAdmin.get<{ now: string }>("/admin/clock");
  const day = ukDay(new Date(Date.parse(clock.body.now) + 86_400_000).toISOString());
  const free = await sandboxAdmin.get<{ slots: { id: string }[] }>(`/admin/facility-slots?date=${day}&state=free&price=paid&limit=1`);
  expect(free.body.slots, `a free paid slot on ${day}`).toHaveLength(1);
  const slotId = decodeURIComponent(free.body.slots[0]!.id.replace(/\/+$/, "").split("/").pop()!);

  await page.goto("/book?tab=courts");
  await expect(page.getByRole("heading", { level: 1, name: "Book a court or pitch" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await axeCheck(page);

  const slotPath = `/book/slot/${encodeURIComponent(slotId)}`;
  await page.goto(slotPath);
  await expect(page.getByTestId("book-bar").getByTestId("member-prices-note")).toHaveText("Member prices after you sign in");
  await expect(page.getByRole("button", { name: /^Book now/ })).toHaveCount(0);
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  await page.getByRole("link", { name: "Book: create an account or sign in" }).click();
  await expect(page.getByTestId("visitor-sign-in")).toHaveAttribute("href", `/sign-in?callbackUrl=${encodeURIComponent(slotPath)}`);
  await axeCheck(page);
});

test("public answers carry no cookie, key or customer data, even right after a customer opened the same pages", async ({
  demoPage,
  playwright,
  sandboxAdmin,
}) => {
  const session = await createPublicSession(sandboxAdmin);
  const paths = [
    `/book/${encodeURIComponent(session.id)}`,
    `/book?activity=Aerial+Hoop&from=${session.day}&to=${session.day}`,
    `/api/search?activity=Aerial+Hoop&from=${session.day}&to=${session.day}`,
  ];
  // The demo customer first (their name and address are on their pages), then a visitor, twice (the kept rendering).
  for (const p of paths.slice(0, 2)) {
    await demoPage.goto(p);
    await expect(demoPage.getByTestId("signed-in-as")).toBeVisible();
  }
  const visitor = await playwright.request.newContext({ baseURL: `http://localhost:${E2E.portalPort}` });
  try {
    for (const round of [1, 2]) {
      for (const p of paths) {
        const res = await visitor.get(p, { maxRedirects: 0 });
        expect(res.status(), `${p} ${round}`).toBe(200);
        expect(res.headers()["set-cookie"], `${p} ${round}`).toBeUndefined();
        const body = await res.text();
        for (const secret of [E2E.apiKey, E2E.demo.email, "Alex Morgan", "authjs.session-token", "demo-customer"]) {
          expect(body.includes(secret), `${secret} in ${p} (${round})`).toBe(false);
        }
      }
    }
  } finally {
    await visitor.dispose();
  }
});

test("a return path that leaves the portal is dropped from the sign-up and its mail", async ({ page, sandboxAdmin }) => {
  const user = newUserData();
  await page.goto(`/sign-up?callbackUrl=${encodeURIComponent("//evil.example/book")}`);
  const signUp = new SignUpPage(page);
  await signUp.fill(user);
  await signUp.submit();
  await signUp.expectCheckEmail();
  const mail = await waitForMail(sandboxAdmin, user.email, /confirm your email address/i);
  expect(new URL(linkIn(mail, "/verify-email")).searchParams.get("next")).toBeNull();
  // A hand-made link with a hostile next= confirms and lands on the home page.
  await page.goto(`${linkIn(mail, "/verify-email")}&next=${encodeURIComponent("https://evil.example/")}`);
  await signUp.confirmInThisBrowser();
  await page.waitForURL(/localhost:\d+\/$/);
});

test.describe("with GUEST_CHECKOUT on", () => {
  let portal: RunningPortal | undefined;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    portal = await startPortal({ port: E2E.brandPort, seedDemo: false, env: { GUEST_CHECKOUT: "true" } });
  });
  test.afterAll(async () => {
    await portal?.stop();
  });

  test("a visitor books as a guest on imin's checkout and comes back to an offer of an account, address prefilled", async ({
    page,
    sandboxAdmin,
    axeCheck,
  }) => {
    const session = await createPublicSession(sandboxAdmin);
    await page.goto(`${portal!.url}/book/${encodeURIComponent(session.id)}`);
    await expectVisitorSession(page, session.name);
    await axeCheck(page);
    await page.getByTestId("guest-checkout").click();

    await expect(page.getByRole("heading", { level: 1, name: "Book as a guest" })).toBeVisible();
    await expect(page.getByRole("radio", { name: /Member/ })).toHaveCount(0);
    await page.getByLabel("First name").fill("Sam");
    await page.getByLabel("Last name").fill("Guest");
    const email = newUserData().email;
    await page.getByLabel(/^Email/).fill(email);
    await page.getByLabel("Card number").fill("4242 4242 4242 4242");
    await page.getByRole("button", { name: "Book and pay" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Booking confirmed" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the broker" }).click();

    await expect(page).toHaveURL(new RegExp(`^${portal!.url}/guest-booking\\?`));
    await expect(page.getByRole("heading", { level: 1, name: "Thanks for booking" })).toBeVisible();
    await expect(page.getByTestId("guest-booking-made")).toContainText(session.name);
    await expect(page.getByTestId("guest-booking-made")).toContainText(email);
    await axeCheck(page);
    await page.getByTestId("guest-sign-up").click();
    await expect(page.getByRole("heading", { level: 1, name: /create your account/i })).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);
  });
});
