import { AccountPage } from "./pages/account-page";
import { SignInPage } from "./pages/sign-in-page";
import { E2E, expect, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

test("an email already in use cannot be taken by another account", async ({ page, signUpNewUser }) => {
  await signUpNewUser();
  const account = new AccountPage(page);
  await account.editForm().getByLabel("Email").fill(E2E.demo.email);
  await account.editForm().getByRole("button", { name: "Save changes" }).click();
  await expect(account.editForm().getByText("Another account already uses this email address.")).toBeVisible();
});

test("delete account: confirm with the email, imin gets the DELETE, the login is gone", async ({ page, signUpNewUser, sandboxAdmin }) => {
  const user = await signUpNewUser();
  const account = new AccountPage(page);
  const reference = (await account.detail("reference").textContent())!.trim();
  await page.getByRole("button", { name: "Delete my account…" }).click();
  const form = page.getByRole("form", { name: "Delete your account" });
  await form.getByLabel(/type your email address/i).fill("someone-else@example.com");
  await form.getByRole("button", { name: "Delete my account permanently" }).click();
  await expect(form.getByText("That is not the email address of this account.")).toBeVisible();
  expect((await sandboxAdmin.customer(reference))?.customer?.email).toBe(user.email);

  await form.getByLabel(/type your email address/i).fill(user.email);
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
  await expect(results).toContainText("Not updated at every seller");
  await expect(results).toContainText("Northern Active:");
  await expect(results).toContainText("starting with 0");
  expect((await sandboxAdmin.customer(reference)).customer.telephone).toBe("+44 161 496 0999");
});

test("when imin fails, an edit or a deletion changes nothing and keeps the input", async ({ page, signUpNewUser, sandboxAdmin }) => {
  const user = await signUpNewUser();
  const account = new AccountPage(page);
  const reference = (await account.detail("reference").textContent())!.trim();
  const form = account.editForm();
  const newEmail = `x-${user.email}`;
  await sandboxAdmin.put("/admin/faults", [{ route: "/api/v2/customer-accounts", errorRate: 1, errorStatus: 503 }]);
  try {
    await form.getByLabel("Email").fill(newEmail);
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(form.getByTestId("form-message")).toContainText("not available right now");
    await expect(form.getByLabel("Email")).toHaveValue(newEmail);

    await page.getByRole("button", { name: "Delete my account…" }).click();
    const del = page.getByRole("form", { name: "Delete your account" });
    await del.getByLabel(/type your email address/i).fill(user.email);
    await del.getByRole("button", { name: "Delete my account permanently" }).click();
    await expect(del.getByTestId("form-message")).toContainText("not available right now");
  } finally {
    await sandboxAdmin.del("/admin/faults");
  }
  expect((await sandboxAdmin.customer(reference)).customer.email).toBe(user.email);
  await account.goto();
  await expect(account.detail("email")).toHaveText(user.email);
  await account.signOut();
  const signIn = new SignInPage(page);
  await signIn.signIn(user.email, user.password);
  await expect(page).toHaveURL(/\/account/);
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
