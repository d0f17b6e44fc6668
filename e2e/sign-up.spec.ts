import { AccountPage } from "./pages/account-page";
import { SignInPage } from "./pages/sign-in-page";
import { SignUpPage } from "./pages/sign-up-page";
import { expect, newUserData, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

test.describe("signed out", () => {
  test("sign-up validation keeps what was typed and explains each field", async ({ page }) => {
    const user = newUserData({ password: "short" });
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.fill(user, { confirm13: false });
    await signUp.submit();
    await expect(page.getByText("Use at least 10 characters for your password.")).toBeVisible();
    await expect(page.getByText("Confirm that you are 13 or over.")).toBeVisible();
    await expect(page.getByLabel("Given name")).toHaveValue(user.givenName);
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
    await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  });

  test("when imin is down, sign-up keeps the input and finishes at the next sign-in", async ({ page, sandboxAdmin }) => {
    const user = newUserData();
    await sandboxAdmin.put("/admin/faults", [{ route: "/api/v2/customer-accounts", errorRate: 1, errorStatus: 503 }]);
    try {
      const signUp = new SignUpPage(page);
      await signUp.goto();
      await signUp.fill(user);
      await signUp.submit();
      await expect(page.getByTestId("form-message")).toContainText("couldn't finish setting up your account");
      await expect(page.getByLabel("Email")).toHaveValue(user.email);
    } finally {
      await sandboxAdmin.del("/admin/faults");
    }
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(user.email, user.password);
    await expect(page).toHaveURL(/\/account/);
    await expect(new AccountPage(page).detail("email")).toHaveText(user.email);
  });
});

test("sign up, see the profile from imin, edit it, and the sandbox has the change", async ({
  page,
  signUpNewUser,
  sandboxAdmin,
  axeCheck,
}) => {
  const user = await signUpNewUser();
  const account = new AccountPage(page);
  await expect(page.getByText("Your account is ready")).toBeVisible();
  await expect(account.detail("name")).toHaveText(`${user.givenName} ${user.familyName}`);
  await expect(account.detail("email")).toHaveText(user.email);
  await expect(account.detail("telephone")).toHaveText(user.telephone!);
  await expect(account.detail("birthDate")).toHaveText("17 May 1990");
  await expect(account.detail("address")).toHaveText("Not given");
  await expect(account.detail("accessPass")).toHaveText("No access pass set");
  await axeCheck(page);

  const reference = (await account.detail("reference").textContent())!.trim();
  const form = account.editForm();
  await form.getByLabel("Phone", { exact: true }).fill("07700 900456");
  await form.getByLabel("Street address").fill("1 River Lane");
  await form.getByLabel("Town or city").fill("Manchester");
  await form.getByLabel("Postcode").fill("M1 1AA");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByTestId("form-message")).toHaveText("Your details have been saved.");
  await expect(account.detail("telephone")).toHaveText("07700 900456");
  await expect(account.detail("address")).toHaveText("1 River Lane, Manchester, M1 1AA");

  const inSandbox = await sandboxAdmin.customer(reference);
  const person = inSandbox.customer;
  expect(person.telephone).toBe("07700 900456");
  expect(person.address).toMatchObject({ streetAddress: "1 River Lane", addressLocality: "Manchester", postalCode: "M1 1AA" });

  // Field errors are shown next to the field, and the typed input stays.
  await form.getByLabel("Phone", { exact: true }).fill("call me maybe");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("Use only digits, spaces, + ( ) and -.")).toBeVisible();
  await expect(form.getByLabel("Phone", { exact: true })).toHaveValue("call me maybe");
  await expect(form.getByLabel("Phone", { exact: true })).toHaveAttribute("aria-invalid", "true");
});
