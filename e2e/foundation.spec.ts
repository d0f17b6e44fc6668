import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { AccountPage } from "./pages/account-page";
import { SignInPage } from "./pages/sign-in-page";
import { SignUpPage } from "./pages/sign-up-page";
import { E2E, expect, newUserData, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

test.describe("signed out", () => {
  test("landing, sign-in and sign-up pages carry the brand and pass axe", async ({ page, axeCheck }) => {
    await page.goto("/");
    await expect(page.getByTestId("brand-name")).toContainText("Acme Fitness");
    await expect(page.getByText("Sandbox", { exact: true })).toBeVisible();
    await expect(page).toHaveTitle(/Acme Fitness/);
    await axeCheck(page);
    await page.getByRole("link", { name: "Sign in" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await axeCheck(page);
    await page.goto("/sign-up");
    await axeCheck(page);
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await axeCheck(page);
  });

  test("a protected page sends a signed-out visitor to sign in and back", async ({ page }) => {
    await page.goto("/account?tab=details");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%3Ftab%3Ddetails/);
    await new SignInPage(page).signIn(E2E.demo.email, E2E.demo.password);
    await expect(page).toHaveURL(/\/account\?tab=details$/);
  });

  test("a foreign callbackUrl is ignored", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2Fx");
    await new SignInPage(page).signIn(E2E.demo.email, E2E.demo.password);
    await expect(page).toHaveURL(/localhost:\d+\/account$/);
  });

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

test("changing the email changes the sign-in email; sign out and in; wrong password", async ({ page, signUpNewUser }) => {
  const user = await signUpNewUser();
  const account = new AccountPage(page);
  const newEmail = `moved-${user.email}`;
  await account.editForm().getByLabel("Email").fill(newEmail);
  await account.editForm().getByRole("button", { name: "Save changes" }).click();
  await expect(account.editForm().getByTestId("form-message")).toHaveText("Your details have been saved.");
  await expect(account.detail("email")).toHaveText(newEmail);
  const cookiesBefore = await page.context().cookies();
  await account.signOut();
  await expect(page.getByText("You have signed out.")).toBeVisible();

  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
  // A copy of the old session cookie is void after signing out.
  await page.context().addCookies(cookiesBefore);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);

  const signIn = new SignInPage(page);
  await signIn.signIn(user.email, user.password);
  await expect(signIn.formError()).toHaveText("The email or password is not right. Check them and try again.");
  await signIn.signIn(newEmail, "not-the-password");
  await expect(signIn.formError()).toHaveText("The email or password is not right. Check them and try again.");
  await signIn.signIn(newEmail, user.password);
  await expect(page).toHaveURL(/\/account/);
});

test("an email already in use cannot be taken by another account", async ({ page, signUpNewUser }) => {
  await signUpNewUser();
  const account = new AccountPage(page);
  await account.editForm().getByLabel("Email").fill(E2E.demo.email);
  await account.editForm().getByRole("button", { name: "Save changes" }).click();
  await expect(account.editForm().getByText("Another account already uses this email address.")).toBeVisible();
});

test("sign-in attempts are rate limited per email, without revealing whether it exists", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  const email = `nobody-${Date.now()}@example.com`;
  for (let i = 0; i < 5; i++) {
    await signIn.signIn(email, `wrong-${i}`);
    await expect(signIn.formError()).toHaveText("The email or password is not right. Check them and try again.");
  }
  await signIn.signIn(email, "wrong-again");
  await expect(signIn.formError()).toHaveText("Too many sign-in attempts. Please wait 15 minutes, then try again.");
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

test("the API key appears in no static asset, HTML page or RSC payload", async ({ demoPage, page }) => {
  const key = E2E.apiKey;
  const staticDir = path.join(E2E.root, E2E.distDir, "static");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(staticDir);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) expect(readFileSync(file).includes(key), file).toBe(false);

  const paths = ["/", "/sign-in", "/sign-up", "/account", "/sellers", "/bookings", "/orders", "/book", "/no-such-page"];
  for (const [p, who] of [...paths.map((x) => [x, demoPage] as const), ...paths.map((x) => [x, page] as const)]) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const res = await who.request.get(p, { headers, maxRedirects: 0 });
      const body = await res.text();
      expect(body.includes(key), `${p} ${JSON.stringify(headers)}`).toBe(false);
    }
  }
});
