import { AccountPage } from "./pages/account-page";
import { SignInPage } from "./pages/sign-in-page";
import { expect, test } from "./fixtures";
import { linkIn, mailTo, waitForMail } from "./support/mail";

test.describe.configure({ mode: "serial" });
// Each test signs up through the mail, signs in more than once and hashes several passwords.
test.slow();

test("forgot password → mailed link → new password; every old session is signed out", async ({
  page,
  browser,
  signUpNewUser,
  sandboxAdmin,
  axeCheck,
}) => {
  // A second browser holds a session that must end with the reset.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const user = await signUpNewUser({}, otherPage);
  await new AccountPage(otherPage).goto();

  const signIn = new SignInPage(page);
  await signIn.goto();
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await axeCheck(page);
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  const answer = "If an account uses that address, we've emailed it a link";
  await expect(page.getByTestId("form-message")).toContainText(answer);

  const mail = await waitForMail(sandboxAdmin, user.email, /reset your .* password/i);
  await page.goto(linkIn(mail, "/reset-password"));
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await axeCheck(page);
  await page.getByLabel("New password", { exact: true }).fill("password12");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("Use at least 12 characters for your password.", { exact: true })).toBeVisible();
  const newPassword = `${user.password} renewed`;
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1/);

  // The old session is over; the link works once; the old password no longer signs in.
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
  await page.goto(linkIn(mail, "/reset-password"));
  await expect(page.getByText(/this link has expired or was already used/i)).toBeVisible();
  await signIn.goto();
  await signIn.signIn(user.email, user.password);
  await expect(signIn.formError()).toHaveText("The email or password is not right. Check them and try again.");
  await signIn.signIn(user.email, newPassword);
  await expect(page).toHaveURL(/localhost:\d+\/$/);
});

test("forgot password for an unknown address answers the same and sends nothing", async ({ page, sandboxAdmin }) => {
  const unknown = `nobody-${Date.now().toString(36)}@example.com`;
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(unknown);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByTestId("form-message")).toContainText("If an account uses that address, we've emailed it a link");
  await page.waitForTimeout(1500);
  expect(await mailTo(sandboxAdmin, unknown)).toEqual([]);
});
