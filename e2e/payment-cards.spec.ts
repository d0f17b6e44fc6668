import type { Page } from "@playwright/test";
import { E2E, expect, type SandboxAdmin, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { sandboxUrl } from "./support/env";
import { adultOffer, createSession } from "./support/sessions";

/**
 * imin's Card Details app (the sandbox's /cards) signs customers in at the portal's OpenID Provider
 * with prompt=none, keeps their cards, and the hosted checkout offers them. The cards each test
 * saves are cleared afterwards, so other specs' checkouts still ask for a card number.
 */

const cardsUrl = () => `${sandboxUrl()}/cards`;

/** An expiry three years after the sandbox clock's year, as the card form takes it. */
async function futureExpiry(admin: SandboxAdmin): Promise<string> {
  const { body } = await admin.get("/admin/clock");
  return `12/${String((new Date(body.now).getUTCFullYear() + 3) % 100).padStart(2, "0")}`;
}

async function cardsOf(admin: SandboxAdmin, customer: string): Promise<{ id: string; last4: string; isDefault: boolean }[]> {
  const res = await admin.get(`/admin/cards?customer=${encodeURIComponent(customer)}`);
  expect(res.status).toBe(200);
  return res.body.items;
}

async function addCard(page: Page, number: string, expiry: string) {
  const form = page.getByRole("form", { name: "Add a card" });
  await form.getByLabel("Card number").fill(number);
  await form.getByLabel("Expiry date").fill(expiry);
  await form.getByRole("button", { name: "Save card" }).click();
}

test.describe("Payment cards (imin's Card Details app)", () => {
  test.afterEach(async ({ sandboxAdmin }) => {
    await sandboxAdmin.del(`/admin/cards?customer=${E2E.demo.iminCustomerId}`);
  });

  test("signed in: Payment cards opens with no login prompt, a card is added, and Book Now pays with it", async ({
    demoPage: page,
    sandboxAdmin,
    axeCheck,
  }) => {
    // Two apps, a checkout and the bookings page in one test: more than the default minute on a busy machine.
    test.slow();
    const expiry = await futureExpiry(sandboxAdmin);
    await page.goto("/account");
    await page.getByRole("link", { name: "Manage payment cards" }).click();

    await expect(page).toHaveURL(cardsUrl());
    await expect(page.getByText("Signed in as Alex Morgan")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Payment cards" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Sign in at/ })).toHaveCount(0);
    await axeCheck(page);

    // The decline card is refused and nothing is saved; the form keeps what was typed.
    await addCard(page, "4000 0000 0000 0002", expiry);
    await expect(page.getByRole("alert")).toContainText("Your bank declined this card, so it was not saved.");
    await expect(page.getByLabel("Expiry date")).toHaveValue(expiry);
    expect(await cardsOf(sandboxAdmin, E2E.demo.iminCustomerId)).toEqual([]);
    await axeCheck(page);

    await addCard(page, "4242 4242 4242 4242", expiry);
    await expect(page.getByRole("status")).toHaveText("Visa ending 4242 saved as your default card.");
    const saved = page.getByRole("list", { name: "Saved cards" }).getByRole("listitem");
    await expect(saved).toHaveCount(1);
    await expect(saved.first()).toContainText(/Visa\s*••••\s*(ending\s*)?4242/);
    await expect(saved.first()).toContainText(`Expires ${expiry}`);
    await expect(saved.first()).toContainText("Default");

    // Book Now: the checkout offers the saved card, checked, and pays with it without a number.
    const session = await createSession(sandboxAdmin, { offers: [adultOffer] });
    await page.goto(`/book/${encodeURIComponent(session.id)}`);
    await page.getByRole("button", { name: "Book now: Adult ticket" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check out" })).toBeVisible();
    const payWith = page.getByRole("group", { name: "Pay with" });
    await expect(payWith.getByRole("radio", { name: /^Visa ending 4242, expires/ })).toBeChecked();
    await expect(payWith.getByRole("radio", { name: "Use a new card" })).not.toBeChecked();
    await axeCheck(page);
    await page.getByRole("button", { name: /^Pay / }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Booking confirmed" })).toBeVisible();
    await expect(page.getByText("Visa ending 4242")).toBeVisible();

    await page.getByRole("link", { name: "View my bookings" }).click();
    await expect(page).toHaveURL(/\/bookings$/);
    await expect(page.getByTestId("booking").filter({ hasText: session.name })).toHaveCount(1);
  });

  test("make a card the default, and delete one after confirming", async ({ demoPage: page, sandboxAdmin }) => {
    const expiry = await futureExpiry(sandboxAdmin);
    const later = expiry.replace(/^12/, "06");
    await page.goto(cardsUrl());
    await addCard(page, "4242424242424242", expiry);
    await addCard(page, "4242 4242 4242 4242", later);
    await expect(page.getByRole("status")).toHaveText("Visa ending 4242 saved.");
    const cards = page.getByRole("list", { name: "Saved cards" }).getByRole("listitem");
    await expect(cards).toHaveCount(2);
    await expect(cards.first()).toContainText(`Expires ${expiry}`);

    await page.getByRole("button", { name: `Make default: Visa ending 4242 (expires ${later})` }).click();
    await expect(page.getByRole("status")).toHaveText("Visa ending 4242 is now your default card.");
    await expect(cards.first()).toContainText(`Expires ${later}`);
    await expect(cards.first()).toContainText("Default");

    await page.getByRole("link", { name: `Delete: Visa ending 4242 (expires ${later})` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Delete this card?" })).toBeVisible();
    await page.getByRole("link", { name: "Keep it" }).click();
    await expect(cards).toHaveCount(2);
    await page.getByRole("link", { name: `Delete: Visa ending 4242 (expires ${later})` }).click();
    await page.getByRole("button", { name: "Delete card" }).click();
    await expect(page.getByRole("status")).toHaveText("Visa ending 4242 deleted.");
    await expect(cards).toHaveCount(1);
    // The remaining card became the default.
    await expect(cards.first()).toContainText(`Expires ${expiry}`);
    await expect(cards.first()).toContainText("Default");
  });

  test("signed out: the app says “Sign in at …”, and signing in there comes back to the cards", async ({ page, sandboxAdmin }) => {
    const saved = await sandboxAdmin.post("/admin/cards", {
      customer: E2E.demo.iminCustomerId,
      number: "4242 4242 4242 4242",
      expiry: await futureExpiry(sandboxAdmin),
    });
    expect(saved.status).toBe(201);

    await page.goto(cardsUrl());
    await expect(page.getByRole("heading", { name: "You are not signed in" })).toBeVisible();
    await page.getByRole("link", { name: "Sign in at Acme Fitness" }).click();

    await expect(page.getByRole("heading", { level: 1, name: /sign in/i })).toBeVisible();
    await new SignInPage(page).signIn(E2E.demo.email, E2E.demo.password);
    await expect(page).toHaveURL(cardsUrl());
    await expect(page.getByText("Signed in as Alex Morgan")).toBeVisible();
    await expect(page.getByRole("list", { name: "Saved cards" }).getByRole("listitem")).toHaveCount(1);
  });

  test("another customer sees none of the first one's cards", async ({ page, sandboxAdmin, signUpNewUser, axeCheck }) => {
    const saved = await sandboxAdmin.post("/admin/cards", {
      customer: E2E.demo.iminCustomerId,
      number: "4242 4242 4242 4242",
      expiry: await futureExpiry(sandboxAdmin),
    });
    expect(saved.status).toBe(201);

    const user = await signUpNewUser();
    await page.goto("/account");
    await page.getByRole("link", { name: "Manage payment cards" }).click();
    await expect(page.getByText(`Signed in as ${user.givenName} ${user.familyName}`)).toBeVisible();
    await expect(page.getByText("You have no saved cards yet.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Saved cards" })).toHaveCount(0);
    expect(await page.content()).not.toContain(saved.body.id);
    await axeCheck(page);

    // Their own card is theirs alone.
    await addCard(page, "4242 4242 4242 4242", await futureExpiry(sandboxAdmin));
    await expect(page.getByRole("list", { name: "Saved cards" }).getByRole("listitem")).toHaveCount(1);
    expect((await cardsOf(sandboxAdmin, E2E.demo.iminCustomerId)).map((c) => c.id)).toEqual([saved.body.id]);
  });
});
