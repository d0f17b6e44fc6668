import { AccountPage } from "./pages/account-page";
import { SignInPage } from "./pages/sign-in-page";
import { SignUpPage } from "./pages/sign-up-page";
import { E2E, expect, newUserData, type SandboxAdmin, test } from "./fixtures";
import { linkIn, mailTo, waitForMail } from "./support/mail";

test.describe.configure({ mode: "serial" });
// Each test signs up through the mail, signs in more than once and hashes several passwords.
test.slow();

const customersWithEmail = async (admin: SandboxAdmin, email: string) =>
  (await admin.get<{ items: { identifier: string }[] }>(`/admin/customers?email=${encodeURIComponent(email)}`)).body.items;

test.describe("signed out", () => {
  test("sign-up validation keeps what was typed and explains each field", async ({ page, axeCheck }) => {
    const user = newUserData({ password: "password12" });
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await expect(page.getByText(/accounts are for people aged 13 and over/i)).toBeVisible();
    await signUp.fill(user, { confirm13: false });
    await signUp.submit();
    await expect(page.getByText("Use at least 12 characters for your password.", { exact: true })).toBeVisible();
    await expect(page.getByText("Confirm that you are 13 or over.")).toBeVisible();
    await expect(page.getByLabel("First name")).toHaveValue(user.givenName);
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
    await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await axeCheck(page);
  });

  test("sign up → verification mail → confirm in the same browser: the imin customer exists only after confirming", async ({
    page,
    sandboxAdmin,
    axeCheck,
  }) => {
    const user = newUserData();
    const signUp = new SignUpPage(page);
    await signUp.signUp(user);
    await expect(page).toHaveTitle(/confirm your email address/i);
    await axeCheck(page);

    const mail = await waitForMail(sandboxAdmin, user.email, /confirm your email address/i);
    expect(await customersWithEmail(sandboxAdmin, user.email)).toEqual([]);
    // Not signed in: the signed-in pages send the visitor to sign in.
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in/);
    // Signing in before confirming shows the one "confirm first" page, with no session.
    const signIn = new SignInPage(page);
    await signIn.signIn(user.email, user.password);
    await expect(page).toHaveURL(/\/check-email\?from=sign-in/);
    await expect(page.getByRole("heading", { level: 1, name: "Confirm your email address first" })).toBeVisible();
    await expect(page.getByTestId("check-email-address")).toHaveText(user.email);
    // After an action's redirect the title arrives with the streamed metadata.
    await expect(page).toHaveTitle(/confirm your email address/i);
    await axeCheck(page);
    expect(await customersWithEmail(sandboxAdmin, user.email)).toEqual([]);

    // The browser that signed up confirms with one press and is signed in (sign-up-once.spec.ts has the rest).
    await page.goto(linkIn(mail, "/verify-email"));
    await expect(page.getByRole("heading", { level: 1, name: "Confirm your email address" })).toBeVisible();
    await axeCheck(page);
    await signUp.confirmInThisBrowser();
    await expect(page).toHaveURL(/localhost:\d+\/$/);
    const created = await customersWithEmail(sandboxAdmin, user.email);
    expect(created).toHaveLength(1);

    // The link works once.
    await page.goto(linkIn(mail, "/verify-email"));
    await expect(page.getByText(/this link has expired, was already used/i)).toBeVisible();
    await axeCheck(page);

    await page.goto("/account");
    const account = new AccountPage(page);
    await expect(account.detail("email")).toHaveText(user.email);
    await expect(account.detail("reference")).toHaveText(created[0]!.identifier);
  });

  test("pre-hijacking: someone signs up with another person's address; the link without that password confirms nothing", async ({
    page,
    browser,
    sandboxAdmin,
    axeCheck,
  }) => {
    // The stranger signs up in their own browser with the victim's address and a password of their own.
    const stranger = await browser.newContext();
    const strangerSignUp = new SignUpPage(await stranger.newPage());
    const victim = newUserData();
    const strangersPassword = "a passphrase only the stranger knows";
    try {
      await strangerSignUp.goto();
      await strangerSignUp.fill({ ...victim, password: strangersPassword });
      await strangerSignUp.submit();
      await strangerSignUp.expectCheckEmail();
    } finally {
      await stranger.close();
    }

    // The victim opens the mailed link, is told what to do if they did not sign up, and cannot confirm.
    const mail = await waitForMail(sandboxAdmin, victim.email, /confirm your email address/i);
    await page.goto(linkIn(mail, "/verify-email"));
    await expect(page.getByText("Didn't sign up? Ignore this email — nothing happens without the password.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Confirm and sign in" })).toHaveCount(0);
    await expect(page.getByLabel("Enter the password you chose when you signed up")).toHaveAttribute("autocomplete", "current-password");
    const signUp = new SignUpPage(page);
    await signUp.confirmWithPassword(victim.password);
    await expect(signUp.passwordError()).toContainText("That is not the password you chose when you first signed up");
    await expect(signUp.passwordError()).toContainText("Forgot your password?");
    await expect(page.getByTestId("form-message")).toContainText("not the password you chose");
    await expect(page).toHaveURL(/\/verify-email\?token=/);
    await expect(page.getByLabel("Enter the password you chose when you signed up")).toHaveAttribute("aria-invalid", "true");
    await axeCheck(page);
    expect(await customersWithEmail(sandboxAdmin, victim.email)).toEqual([]);

    // The login is still pending: its password leads to "confirm your email address first", with no session.
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(victim.email, strangersPassword);
    await expect(page).toHaveURL(/\/check-email\?from=sign-in/);
    expect(await customersWithEmail(sandboxAdmin, victim.email)).toEqual([]);

    // The link still works for the password chosen at sign-up, and only then is the imin customer created.
    await page.goto(linkIn(mail, "/verify-email"));
    await signUp.confirmWithPassword(strangersPassword);
    await expect(page).toHaveURL(/\/sign-in\?verified=1/);
    expect(await customersWithEmail(sandboxAdmin, victim.email)).toHaveLength(1);
  });

  test("resend: a new link arrives and only the newest works", async ({ page, sandboxAdmin }) => {
    const user = newUserData();
    const signUp = new SignUpPage(page);
    await signUp.signUp(user);
    const first = await waitForMail(sandboxAdmin, user.email, /confirm your email address/i);

    // The resend form answers the same for any address; a link goes out a minute after the first at the earliest.
    await page.getByLabel("Your email address").fill(user.email);
    await page.getByRole("button", { name: "Send the link again" }).click();
    await expect(page.getByTestId("form-message")).toContainText("If that address is waiting to be confirmed");
    await page.waitForTimeout(1000);
    expect(await mailTo(sandboxAdmin, user.email)).toHaveLength(1);

    await page.goto(linkIn(first, "/verify-email"));
    await signUp.confirmInThisBrowser();
    await expect(page).toHaveURL(/localhost:\d+\/$/);
  });

  test("signing up with a registered address answers the same, signs nobody in, and tells the owner", async ({ page, sandboxAdmin }) => {
    // Only these mails count: the demo customer also gets reminders from the background jobs.
    const attempts = async () => (await mailTo(sandboxAdmin, E2E.demo.email)).filter((m) => /tried to sign up/i.test(m.subject)).length;
    const before = await attempts();
    const signUp = new SignUpPage(page);
    await signUp.signUp(newUserData({ email: E2E.demo.email }));
    const mail = await waitForMail(sandboxAdmin, E2E.demo.email, /tried to sign up/i);
    expect(await attempts()).toBe(before + 1);
    expect(mail.text).toContain("/forgot-password");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a create whose answer is lost is not repeated: the person is told, health counts it", async ({ page, sandboxAdmin, request }) => {
    const user = newUserData();
    const signUp = new SignUpPage(page);
    await signUp.signUp(user);
    const mail = await waitForMail(sandboxAdmin, user.email, /confirm your email address/i);
    const before = (await (await request.get("/api/health/ready")).json()).accounts.ambiguousCreates as number;
    // imin creates the customer, but the answer arrives cut in half.
    await sandboxAdmin.put("/admin/faults", [{ route: "/api/v2/customer-accounts", malformedRate: 1 }]);
    try {
      await page.goto(linkIn(mail, "/verify-email"));
      await signUp.confirmInThisBrowser();
      await expect(page).toHaveURL(/\/sign-in\?verified=later/);
    } finally {
      await sandboxAdmin.del("/admin/faults");
    }
    expect(await customersWithEmail(sandboxAdmin, user.email)).toHaveLength(1);
    const signIn = new SignInPage(page);
    await signIn.signIn(user.email, user.password);
    await expect(signIn.formError()).toContainText("please don't sign up again");
    expect(await customersWithEmail(sandboxAdmin, user.email)).toHaveLength(1);
    expect((await (await request.get("/api/health/ready")).json()).accounts.ambiguousCreates).toBe(before + 1);
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
