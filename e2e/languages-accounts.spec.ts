import type { Page } from "@playwright/test";
import { expect, newUserData, type SandboxAdmin, test } from "./fixtures";
import { linkIn, waitForMail } from "./support/mail";
import { englishIn, englishPhrases } from "./support/welsh-pages";

// The accounts area in Welsh (issue 28, docs/features/languages.md): sign up in Welsh (the form
// and its errors), confirm by the mailed link, add a family member; axe and "no English" on each.

test.describe.configure({ mode: "serial" });
// A sign-up with its mail round trip, then the family form, on a shared machine.
test.setTimeout(240_000);

const WELSH_BROWSER = { locale: "cy-GB", extraHTTPHeaders: { "Accept-Language": "cy-GB,cy;q=0.9,en;q=0.5" } };
const phrases = englishPhrases();

/** The page is in Welsh: `lang="cy"`, no English phrase of the catalogue in its title or text. */
async function expectWelsh(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  const text = `${await page.title()}\n${await page.locator("body").innerText()}`;
  expect(englishIn(text, phrases), page.url()).toEqual([]);
}

function yearsAgo(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - 3);
  return d.toISOString().slice(0, 10);
}

async function customersWithEmail(admin: SandboxAdmin, email: string) {
  const res = await admin.get<{ items: { identifier: string }[] }>(`/admin/customers?email=${encodeURIComponent(email)}`);
  return res.body.items;
}

test("signed out, every accounts page is in Welsh", async ({ browser, axeCheck }) => {
  const context = await browser.newContext(WELSH_BROWSER);
  const page = await context.newPage();
  for (const path of [
    "/sign-in",
    "/sign-in?callbackUrl=%2Ffamily",
    "/sign-in?signedOut=1",
    "/sign-in?verified=1",
    "/sign-up",
    "/forgot-password",
    "/check-email",
    "/check-email?from=sign-in",
    "/verify-email?token=not-a-token",
    "/reset-password?token=not-a-token",
    "/confirm-email?token=not-a-token",
  ]) {
    await page.goto(path);
    await expectWelsh(page);
  }
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Mewngofnodi" })).toBeVisible();
  await expect(page).toHaveTitle(/^Mewngofnodi · /);
  await axeCheck(page);
  // A wrong password is answered in Welsh.
  await page.getByLabel("E-bost").fill("nobody-here@example.com");
  await page.getByLabel("Cyfrinair", { exact: true }).fill("not the password at all");
  await page.getByRole("button", { name: "Mewngofnodi" }).click();
  await expect(page.getByTestId("form-message")).toHaveText(
    "Nid yw’r e-bost neu’r cyfrinair yn gywir. Gwiriwch nhw a rhowch gynnig arall arni.",
  );
  await expectWelsh(page);
  await context.close();
});

test("sign up in Welsh, confirm by mail, add a family member in Welsh", async ({ browser, sandboxAdmin, axeCheck }) => {
  const context = await browser.newContext(WELSH_BROWSER);
  const page = await context.newPage();
  const user = newUserData();

  // The form and its errors in Welsh; what was typed stays.
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: "Creu eich cyfrif" })).toBeVisible();
  await expectWelsh(page);
  await axeCheck(page);
  const form = page.getByRole("form", { name: "Creu eich cyfrif" });
  await form.getByLabel("Enw cyntaf").fill(user.givenName);
  await form.getByLabel("E-bost").fill(user.email);
  await form.getByLabel("Cyfrinair", { exact: true }).fill("password12");
  await form.getByRole("button", { name: "Creu cyfrif" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Gwiriwch y meysydd sydd wedi’u hamlygu.");
  await expect(form.getByText("Rhowch eich cyfenw.", { exact: true })).toBeVisible();
  await expect(form.getByText("Defnyddiwch o leiaf 12 nod ar gyfer eich cyfrinair.", { exact: true })).toBeVisible();
  await expect(form.getByText("Cadarnhewch eich bod yn 13 oed neu’n hŷn.", { exact: true })).toBeVisible();
  await expect(form.getByLabel("Enw cyntaf")).toHaveValue(user.givenName);
  await expect(form.getByLabel("Cyfenw")).toHaveAttribute("aria-invalid", "true");
  await expectWelsh(page);
  await axeCheck(page);

  // Under 13: refused in Welsh.
  await form.getByLabel("Cyfenw").fill(user.familyName);
  await form.getByLabel("Cyfrinair", { exact: true }).fill(user.password);
  await form.getByLabel("Dyddiad geni (dewisol)").fill(yearsAgo(10));
  await form.getByLabel("Rwy’n cadarnhau fy mod yn 13 oed neu’n hŷn").check();
  await form.getByRole("button", { name: "Creu cyfrif" }).click();
  await expect(form.getByText("Rhaid i chi fod yn 13 oed neu’n hŷn i greu cyfrif.", { exact: true })).toBeVisible();

  await form.getByLabel("Dyddiad geni (dewisol)").fill("");
  await form.getByLabel("Cyfrinair", { exact: true }).fill(user.password);
  await form.getByRole("button", { name: "Creu cyfrif" }).click();
  await page.waitForURL(/\/check-email/);
  await expect(page.getByRole("heading", { level: 1, name: "Gwiriwch eich e-bost" })).toBeVisible();
  await expect(page.getByTestId("check-email-address")).toHaveText(user.email);
  await expect(page.getByText(/unwaith ac am 24 awr/)).toBeVisible();
  await expectWelsh(page);
  await axeCheck(page);

  // The mailed link (the mail's own language is the mail's owner's: not asserted here).
  const mail = await waitForMail(sandboxAdmin, user.email, /./);
  expect(await customersWithEmail(sandboxAdmin, user.email)).toEqual([]);
  await page.goto(linkIn(mail, "/verify-email"));
  await expect(page.getByRole("heading", { level: 1, name: "Cadarnhewch eich cyfeiriad e-bost" })).toBeVisible();
  await expectWelsh(page);
  await axeCheck(page);
  await page.getByRole("button", { name: "Cadarnhau a mewngofnodi" }).click();
  await page.waitForURL(/localhost:\d+\/$/);
  expect(await customersWithEmail(sandboxAdmin, user.email)).toHaveLength(1);

  // Family: the empty page, the form's errors, then a child added; all in Welsh.
  await page.goto("/family");
  await expect(page.getByRole("heading", { level: 1, name: "Aelodau o’r teulu" })).toBeVisible();
  await expect(page.getByText("Dim aelodau o’r teulu eto")).toBeVisible();
  await expectWelsh(page);
  await axeCheck(page);
  const family = page.getByRole("form", { name: "Ychwanegu aelod o’r teulu" });
  const add = family.getByRole("button", { name: "Ychwanegu aelod o’r teulu" });
  await add.click();
  await expect(family.getByText("Rhowch eu henw cyntaf.", { exact: true })).toBeVisible();
  await expect(family.getByText("Rhowch eu cyfenw.", { exact: true })).toBeVisible();
  await expect(family.getByText("Rhowch eu dyddiad geni.", { exact: true })).toBeVisible();
  await expectWelsh(page);
  await axeCheck(page);

  await family.getByLabel("Enw cyntaf").fill("Elin");
  await family.getByLabel("Cyfenw").fill(user.familyName);
  await family.getByLabel("Dyddiad geni").fill(yearsAgo(9));
  await add.click();
  await expect(page.getByRole("status").getByText(`Ychwanegwyd Elin ${user.familyName}`)).toBeVisible();
  const member = page.getByTestId("family-member");
  await expect(member).toHaveCount(1);
  await expect(member).toContainText("9 oed");
  await expect(member).toContainText("dan 13");
  await expect(member.getByRole("link", { name: `Golygu Elin ${user.familyName}` })).toBeVisible();
  await expectWelsh(page);
  await axeCheck(page);

  // The member's own pages.
  await member.getByRole("link", { name: `Tynnu Elin ${user.familyName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tynnu Elin ${user.familyName}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Tynnu Elin" })).toBeVisible();
  await expectWelsh(page);
  await axeCheck(page);

  // The rest of the area, as this new customer sees it.
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Eich cyfrif" })).toBeVisible();
  await expect(page.getByTestId("profile-name")).toHaveText(`${user.givenName} ${user.familyName}`);
  await expectWelsh(page);
  await axeCheck(page);
  await page.goto("/sellers");
  await expect(page.getByRole("heading", { level: 2, name: "Cyfrifon cysylltiedig" })).toBeVisible();
  await expectWelsh(page);
  await axeCheck(page);
  await page.goto("/pass");
  await expect(page.getByRole("heading", { level: 1, name: "Dangos wrth y ddesg" })).toBeVisible();
  await expect(page.getByText("Dim pasys mynediad eto")).toBeVisible();
  await expectWelsh(page);
  await axeCheck(page);
  await context.close();
});
