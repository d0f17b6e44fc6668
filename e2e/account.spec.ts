import { AccountPage } from "./pages/account-page";
import { SignInPage } from "./pages/sign-in-page";
import { E2E, expect, test } from "./fixtures";
import { mailTo } from "./support/mail";

test.describe.configure({ mode: "serial" });
// Each test signs up through the mail, signs in more than once and hashes several passwords.
test.slow();

test("an address another account uses gets the same answer and no mail", async ({ page, signUpNewUser, sandboxAdmin }) => {
  const user = await signUpNewUser();
  // Only confirmation mails count: the demo customer also gets reminders from the background jobs.
  const confirmations = async () =>
    (await mailTo(sandboxAdmin, E2E.demo.email)).filter((m) => /confirm your new email/i.test(m.subject)).length;
  const before = await confirmations();
  const form = new AccountPage(page).emailForm();
  await form.getByLabel("New email address").fill(E2E.demo.email);
  await form.getByLabel("Current password").fill(user.password);
  await form.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(form.getByTestId("form-message")).toContainText(`We've sent a link to ${E2E.demo.email}`);
  await page.waitForTimeout(1000);
  expect(await confirmations()).toBe(before);
});

test("change password: the current one is required, other sessions end, this one stays", async ({
  page,
  browser,
  signUpNewUser,
  axeCheck,
}) => {
  const user = await signUpNewUser();
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await new SignInPage(otherPage).goto();
  await new SignInPage(otherPage).signIn(user.email, user.password);
  await expect(otherPage).toHaveURL(/localhost:\d+\/$/);

  const account = new AccountPage(page);
  const form = account.passwordForm();
  await form.getByLabel("Current password").fill("a wrong current password");
  await form.getByLabel("New password").fill(`${user.password} changed`);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByTestId("form-message")).toHaveText("That is not your current password.");
  await axeCheck(page);

  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password").fill(`${user.password} changed`);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(account.passwordForm().getByTestId("form-message")).toContainText("Your password has been changed");

  await account.goto();
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await new SignInPage(otherPage).signIn(user.email, `${user.password} changed`);
  await expect(otherPage).toHaveURL(/\/account/);
  await other.close();
});

test("delete account: a wrong password is refused, the right one deletes at imin and here", async ({
  page,
  signUpNewUser,
  sandboxAdmin,
}) => {
  const user = await signUpNewUser();
  const account = new AccountPage(page);
  const reference = (await account.detail("reference").textContent())!.trim();
  await page.getByRole("button", { name: "Delete my account…" }).click();
  const form = account.deleteForm();
  await form.getByLabel("To confirm, enter your password").fill("not the password");
  await form.getByRole("button", { name: "Delete my account permanently" }).click();
  await expect(form.getByTestId("form-message")).toHaveText("That is not your current password.");
  expect((await sandboxAdmin.customer(reference))?.customer?.email).toBe(user.email);

  await form.getByLabel("To confirm, enter your password").fill(user.password);
  await form.getByRole("button", { name: "Delete my account permanently" }).click();
  await expect(page).toHaveURL(/\/sign-in\?deleted=1/);
  await expect(page.getByText("Your account has been deleted.")).toBeVisible();
  await expect
    .poll(async () => (await sandboxAdmin.customer(reference))?.customer?.email ?? "erased", { timeout: 10_000 })
    .not.toBe(user.email);

  const signIn = new SignInPage(page);
  await signIn.signIn(user.email, user.password);
  await expect(signIn.formError()).toHaveText("The email or password is not right. Check them and try again.");
});

test("editing details names the linked sellers and shows the one that refused", async ({ page, signUpNewUser, sandboxAdmin }) => {
  await signUpNewUser();
  const account = new AccountPage(page);
  const reference = (await account.detail("reference").textContent())!.trim();
  // Linked through the sandbox's admin API (no hosted pages, no webhook): a new customer, so the
  // demo customer stays untouched for other specs.
  for (const seller of ["northern-active", "peak-community-sport"]) {
    expect((await sandboxAdmin.post("/admin/linked-accounts", { customerId: reference, seller })).status).toBe(201);
  }
  const form = account.editForm();
  await form.getByLabel("Phone", { exact: true }).fill("+44 161 496 0999");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByTestId("form-message")).toHaveText("Your details have been saved.");
  const results = form.getByTestId("seller-update-results");
  await expect(results).toContainText("Also updated at: Peak Community Sport.");
  await expect(results).toContainText("Not updated everywhere");
  await expect(results).toContainText("Northern Active:");
  await expect(results).toContainText("starting with 0");
  expect((await sandboxAdmin.customer(reference)).customer.telephone).toBe("+44 161 496 0999");
});

test("when imin fails, an edit or a deletion changes nothing and keeps the input", async ({ page, signUpNewUser, sandboxAdmin }) => {
  const user = await signUpNewUser();
  const account = new AccountPage(page);
  const reference = (await account.detail("reference").textContent())!.trim();
  const form = account.editForm();
  await sandboxAdmin.put("/admin/faults", [{ route: "/api/v2/customer-accounts", errorRate: 1, errorStatus: 503 }]);
  try {
    await form.getByLabel("Phone", { exact: true }).fill("07700 900999");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(form.getByTestId("form-message")).toContainText("not available right now");
    await expect(form.getByLabel("Phone", { exact: true })).toHaveValue("07700 900999");

    await page.getByRole("button", { name: "Delete my account…" }).click();
    const del = account.deleteForm();
    await del.getByLabel("To confirm, enter your password").fill(user.password);
    await del.getByRole("button", { name: "Delete my account permanently" }).click();
    await expect(del.getByTestId("form-message")).toContainText("not available right now");
  } finally {
    await sandboxAdmin.del("/admin/faults");
  }
  expect((await sandboxAdmin.customer(reference)).customer.telephone).toBe(user.telephone);
  await account.goto();
  await expect(account.detail("telephone")).toHaveText(user.telephone!);
  await account.signOut();
  const signIn = new SignInPage(page);
  await signIn.signIn(user.email, user.password);
  await expect(page).toHaveURL(/localhost:\d+\/$/);
});

test("the demo customer's profile renders everything imin holds", async ({ demoPage, axeCheck }) => {
  const account = new AccountPage(demoPage);
  await account.goto();
  await expect(account.detail("name")).toContainText("Alex Morgan");
  await expect(account.detail("email")).toHaveText(E2E.demo.email);
  await expect(demoPage.getByText("Sandbox", { exact: true })).toBeVisible();
  await expect(demoPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await axeCheck(demoPage);
});
