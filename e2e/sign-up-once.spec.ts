import { SignUpPage } from "./pages/sign-up-page";
import { expect, newUserData, type SandboxAdmin, test } from "./fixtures";
import { linkIn, waitForMail } from "./support/mail";

// Issue 23, item 6: sign up once, on a phone. The link opened in the browser that signed up signs
// the person in; another browser is asked for the password, as before.
test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ mode: "serial" });
test.slow();

const customersWithEmail = async (admin: SandboxAdmin, email: string) =>
  (await admin.get<{ items: { identifier: string }[] }>(`/admin/customers?email=${encodeURIComponent(email)}`)).body.items;

test("sign up → the mailed link in the same browser → signed in on the home page, the password typed once", async ({
  page,
  browser,
  sandboxAdmin,
  axeCheck,
}) => {
  const user = newUserData();
  const signUp = new SignUpPage(page);
  // The one time the password is typed.
  await signUp.goto();
  await signUp.fill(user);
  await signUp.submit();
  await signUp.expectCheckEmail();

  // "Check your email" names the address, which is nowhere in the URL.
  await expect(page.getByTestId("check-email-address")).toHaveText(user.email);
  expect(page.url()).not.toContain(user.email);
  expect(page.url()).not.toContain(encodeURIComponent(user.email));
  await expect(page.getByLabel("Your email address")).toHaveValue(user.email);
  await axeCheck(page);

  const mail = await waitForMail(sandboxAdmin, user.email, /confirm your email address/i);
  const link = linkIn(mail, "/verify-email");

  // A second browser (no sign-up cookie) opening the link is asked for the password; nothing is spent.
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const otherPage = await other.newPage();
    await otherPage.goto(link);
    await expect(otherPage.getByLabel("Enter the password you chose when you signed up")).toBeVisible();
    await expect(otherPage.getByRole("button", { name: "Confirm and sign in" })).toHaveCount(0);
    await axeCheck(otherPage);

    // The browser that signed up: one press, no password.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Confirm your email address" })).toBeVisible();
    await expect(page.getByLabel("Enter the password you chose when you signed up")).toHaveCount(0);
    await expect(page.locator('input[type="password"]')).toHaveCount(0);
    await axeCheck(page);
    await signUp.confirmInThisBrowser();
    await expect(page).toHaveURL(/localhost:\d+\/$/);
    await expect(page.getByRole("heading", { level: 1, name: `Hello, ${user.givenName}` })).toBeVisible();
    expect(await customersWithEmail(sandboxAdmin, user.email)).toHaveLength(1);
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session?.user?.email).toBe(user.email);
    await axeCheck(page);

    // The link works once: the same browser again, and the other browser, get "already used".
    await page.goto(link);
    await expect(page.getByText(/this link has expired, was already used/i)).toBeVisible();
    await otherPage.reload();
    await expect(otherPage.getByText(/this link has expired, was already used/i)).toBeVisible();
  } finally {
    await other.close();
  }
});

test("the link in another browser asks for the password and does not sign in there", async ({ page, browser, sandboxAdmin }) => {
  const user = newUserData();
  const signUpContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    await new SignUpPage(await signUpContext.newPage()).signUp(user);
  } finally {
    await signUpContext.close();
  }
  const signUp = new SignUpPage(page);
  await signUp.confirmFromMail(sandboxAdmin, user.email, user.password);
  await expect(page).toHaveURL(/\/sign-in\?verified=1/);
  expect(await customersWithEmail(sandboxAdmin, user.email)).toHaveLength(1);
});

test("errors clear as each field becomes valid (sign-up, then sign-in)", async ({ page, axeCheck }) => {
  const user = newUserData();
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.submit();
  const field = (label: string, exact = false) => page.getByLabel(label, { exact });
  const error = (name: string) => page.locator(`#field-${name}-error`);
  await expect(error("givenName")).toHaveText("Enter your first name.");
  await expect(error("email")).not.toBeEmpty();
  await expect(error("password")).not.toBeEmpty();
  await expect(error("is13OrOver")).toHaveText("Confirm that you are 13 or over.");
  await expect(field("First name")).toHaveAttribute("aria-invalid", "true");
  await expect(field("First name")).toHaveAttribute("aria-describedby", "field-givenName-error");
  await axeCheck(page);

  await field("First name").fill(user.givenName);
  await expect(error("givenName")).toBeEmpty();
  await expect(field("First name")).not.toHaveAttribute("aria-invalid");
  await expect(field("First name")).not.toHaveAttribute("aria-describedby");
  // Still not an address: the error stays until it is one.
  await field("Email").fill("sam@");
  await expect(error("email")).not.toBeEmpty();
  await expect(field("Email")).toHaveAttribute("aria-invalid", "true");
  await field("Email").fill(user.email);
  await expect(error("email")).toBeEmpty();
  await expect(field("Email")).not.toHaveAttribute("aria-invalid");
  // A weak password keeps its error; a strong one clears it (the same check as the server's).
  await field("Password", true).fill("password");
  await page.waitForTimeout(500);
  await expect(error("password")).not.toBeEmpty();
  await field("Password", true).fill(user.password);
  await expect(error("password")).toBeEmpty();
  await expect(field("Password", true)).not.toHaveAttribute("aria-invalid");
  await page.getByLabel(/13 or over/i).check();
  await expect(error("is13OrOver")).toBeEmpty();
  await expect(page.getByLabel(/13 or over/i)).not.toHaveAttribute("aria-invalid");
  // The other fields' errors were untouched.
  await expect(error("familyName")).toHaveText("Enter your last name.");
  await axeCheck(page);

  await page.goto("/sign-in");
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(error("email")).not.toBeEmpty();
  await expect(error("password")).toHaveText("Enter your password.");
  await field("Password", true).fill("anything at all");
  await expect(error("password")).toBeEmpty();
  await expect(field("Password", true)).not.toHaveAttribute("aria-invalid");
  await expect(error("email")).not.toBeEmpty();
});
