import { AccountPage } from "./pages/account-page";
import { SignInPage } from "./pages/sign-in-page";
import { expect, test } from "./fixtures";
import { linkIn, waitForMail } from "./support/mail";

test.describe.configure({ mode: "serial" });
// Each test signs up through the mail, signs in more than once and hashes several passwords.
test.slow();

test("change email: current password, a link to the new address, the old address told, imin and other sessions follow", async ({
  page,
  browser,
  signUpNewUser,
  sandboxAdmin,
  axeCheck,
}) => {
  const user = await signUpNewUser();
  const account = new AccountPage(page);
  const reference = (await account.detail("reference").textContent())!.trim();
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await new SignInPage(otherPage).goto();
  await new SignInPage(otherPage).signIn(user.email, user.password);
  await expect(otherPage).toHaveURL(/localhost:\d+\/$/);

  const newEmail = `new-${user.email}`;
  const form = account.emailForm();
  await form.getByLabel("New email address").fill(newEmail);
  await form.getByLabel("Current password").fill("not my password at all");
  await form.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(form.getByText("That is not your current password.").first()).toBeVisible();

  await form.getByLabel("Current password").fill(user.password);
  await form.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(form.getByTestId("form-message")).toContainText(`We've sent a link to ${newEmail}`);
  // Nothing changes before the link is followed.
  expect((await sandboxAdmin.customer(reference)).customer.email).toBe(user.email);

  const mail = await waitForMail(sandboxAdmin, newEmail, /confirm your new email address/i);
  await page.goto(linkIn(mail, "/confirm-email"));
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your new email address" })).toBeVisible();
  await axeCheck(page);
  await page.getByRole("button", { name: "Confirm my new email address" }).click();
  await expect(page).toHaveURL(/\/account\?emailChanged=1/);
  await expect(account.detail("email")).toHaveText(newEmail);
  expect((await sandboxAdmin.customer(reference)).customer.email).toBe(newEmail);
  await waitForMail(sandboxAdmin, user.email, /email address was changed/i);

  // The other browser was signed out; this one stays; only the new address signs in.
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await new SignInPage(otherPage).signIn(user.email, user.password);
  await expect(new SignInPage(otherPage).formError()).toHaveText("The email or password is not right. Check them and try again.");
  await new SignInPage(otherPage).signIn(newEmail, user.password);
  await expect(otherPage).toHaveURL(/\/account/);
  await other.close();
});
