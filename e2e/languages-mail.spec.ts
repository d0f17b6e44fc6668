import type { Browser, Page } from "@playwright/test";
import cy from "../messages/cy.json";
import en from "../messages/en.json";
import { linkIn, waitForMail } from "./support/mail";
import { englishIn, englishPhrases } from "./support/welsh-pages";
import { expect, newUserData, test } from "./fixtures";

// Mail in the recipient's language (issue 28, docs/features/languages.md "Mail, calendar and
// documents"): a customer who chose Cymraeg gets Welsh mail, subject included, and the link in it
// opens the page in Welsh (it carries lang=cy), whatever the browser that opens it asks for.

const ENGLISH_BROWSER = { locale: "en-GB", extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" } };

/** The catalogue's English phrases found in a mail's subject and text (whole words; its links' paths are not words). */
function englishInMail(mail: { subject: string; text: string }): string[] {
  return englishIn(`${mail.subject}\n${mail.text.replace(/https?:\/\/\S+/g, " ")}`, englishPhrases());
}

async function expectWelshPage(page: Page, heading: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

async function englishPage(browser: Browser): Promise<Page> {
  return (await browser.newContext(ENGLISH_BROWSER)).newPage();
}

test("a visitor who chose Cymraeg signs up: the confirmation mail is Welsh and its link opens the page in Welsh", async ({
  browser,
  sandboxAdmin,
  axeCheck,
}) => {
  const user = newUserData({ givenName: "Siân" });
  const page = await englishPage(browser);
  await page.goto("/sign-up");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("language-switch").getByRole("link", { name: "Cymraeg" }).click();
  await expect(page).toHaveURL(/\/sign-up\?lang=cy$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");

  await page.locator('input[name="givenName"]').fill(user.givenName);
  await page.locator('input[name="familyName"]').fill(user.familyName);
  await page.locator('input[name="email"]').fill(user.email);
  await page.locator('input[name="password"]').fill(user.password);
  await page.locator('input[name="is13OrOver"]').check();
  await page.getByRole("button", { name: cy.auth.signUp.submit }).click();
  await page.waitForURL(/\/check-email/);

  const mail = await waitForMail(sandboxAdmin, user.email, /^Cadarnhewch eich cyfeiriad e-bost ar gyfer /);
  expect(mail.text).toContain("Helo,");
  expect(mail.text).toContain("am 24 awr");
  expect(mail.html).toContain('lang="cy-GB"');
  expect(englishInMail(mail)).toEqual([]);
  const link = linkIn(mail, "/verify-email");
  expect(new URL(link).searchParams.get("lang")).toBe("cy");

  // Opened in another browser that asks for English: the link's lang=cy wins.
  const other = await englishPage(browser);
  await other.goto(link);
  await expectWelshPage(other, cy.auth.verifyEmail.title);
  await axeCheck(other);
  await other.context().close();

  // Opened where the customer signed up: confirmed in Welsh, signed in, and the login keeps Welsh.
  await page.goto(link);
  await expectWelshPage(page, cy.auth.verifyEmail.title);
  await page.getByRole("button", { name: cy.auth.verifyEmail.browserSubmit }).click();
  await page.waitForURL(/localhost:\d+\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await page.context().close();
});

test("a customer whose language is Welsh asks for a new password from an English browser: the mail and its page are Welsh", async ({
  page,
  browser,
  signUpNewUser,
  sandboxAdmin,
  axeCheck,
}) => {
  const user = await signUpNewUser();
  // The choice, stored on the login by the switch.
  await page.goto("/account?lang=cy");
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");

  const other = await englishPage(browser);
  await other.goto("/forgot-password");
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await other.locator('input[name="email"]').fill(user.email);
  await other.getByRole("button", { name: en.auth.forgotPassword.submit }).click();

  const mail = await waitForMail(sandboxAdmin, user.email, /^Ailosod eich cyfrinair /);
  expect(mail.text).toContain(`Helo ${user.givenName},`);
  expect(mail.text).toContain("am 1 awr");
  expect(englishInMail(mail)).toEqual([]);
  const link = linkIn(mail, "/reset-password");
  expect(new URL(link).searchParams.get("lang")).toBe("cy");

  await other.goto(link);
  await expectWelshPage(other, cy.auth.resetPassword.title);
  await axeCheck(other);
  await other.context().close();
});

test("the unsubscribe page in Welsh keeps Welsh after its button, and tells an incomplete link in Welsh", async ({ browser, axeCheck }) => {
  const page = await englishPage(browser);
  // A link as a mail writes it (lang=cy), with a signature that does not hold.
  await page.goto("/unsubscribe?u=00000000-0000-4000-8000-000000000000&k=reminders&s=not-the-signature&lang=cy");
  await expectWelshPage(page, cy.unsubscribe.title);
  await expect(page.getByText("Peidiwch ag anfon nodiadau atgoffa am archebion ataf drwy e-bost.")).toBeVisible();
  await axeCheck(page);
  await page.getByRole("button", { name: cy.unsubscribe.button }).click();
  await expect(page).toHaveURL(/\/unsubscribe\?invalid=1&lang=cy$/);
  await expectWelshPage(page, cy.unsubscribe.title);
  await expect(page.getByText(cy.unsubscribe.incomplete)).toBeVisible();
  expect(englishIn(await page.locator("main").innerText(), englishPhrases())).toEqual([]);
  await page.context().close();
});
