import type { Page } from "@playwright/test";
import { generateSync } from "otplib";
import { unusedTotpCode } from "./support/totp";
import { DEMO_STAFF } from "../lib/staff/demo-login";
import { expect, newUserData, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { SignUpPage } from "./pages/sign-up-page";
import { mailTo, waitForMail } from "./support/mail";

/**
 * The broker's staff console (/staff, issue 24): an admin invites a support member, who sets a
 * password and a TOTP app (codes computed here with otplib) and then helps customers: looks one
 * up, resends a confirmation (it arrives in the sandbox inbox, never on the page), clears a
 * lockout (the customer signs in again), signs them out everywhere (their browser is signed out);
 * each appears in the audit log. axe runs on every console page.
 */
test.describe.configure({ mode: "serial" });

const LIMITED = "Too many sign-in attempts. Please wait 15 minutes, then try again.";

async function confirmAction(page: Page, name: string) {
  const form = page.getByRole("form", { name });
  await form.getByRole("button", { name }).click();
  await form.getByRole("button", { name: "Confirm" }).click();
  return form.getByTestId("form-message");
}

test("a customer's session never opens the console, and the console answers with the portal's headers", async ({ demoPage }) => {
  const res = await demoPage.goto("/staff");
  await expect(demoPage).toHaveURL(/\/staff\/sign-in$/);
  expect(res?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'.*frame-ancestors 'none'/);
  expect(res?.headers()["x-frame-options"]).toBe("DENY");
  expect(res?.headers()["strict-transport-security"]).toContain("max-age=");
  // Passkeys (WebAuthn) are allowed on the console's pages only.
  expect(res?.headers()["permissions-policy"]).toContain("publickey-credentials-get=(self)");
  expect(res?.headers()["permissions-policy"]).toContain("publickey-credentials-create=(self)");
  const customerPage = await demoPage.request.get("/account");
  expect(customerPage.headers()["permissions-policy"]).toContain("publickey-credentials-get=()");
  expect(customerPage.headers()["permissions-policy"]).toContain("publickey-credentials-create=()");
  for (const path of ["/staff/operations", "/staff/audit", "/staff/team"]) {
    await demoPage.goto(path);
    await expect(demoPage).toHaveURL(/\/staff\/sign-in$/);
  }
  const csv = await demoPage.request.get("/staff/audit/export");
  expect(csv.status()).toBe(401);
});

test("invite → first sign-in with TOTP → find a customer → resend confirmation, clear a lockout, sign out everywhere → the audit log", async ({
  browser,
  page,
  sandboxAdmin,
  axeCheck,
  signUpNewUser,
}) => {
  test.setTimeout(240_000);
  const admin = await (await browser.newContext()).newPage();
  const support = await (await browser.newContext()).newPage();
  const supportEmail = `support-${Date.now().toString(36)}@broker.example`;

  await test.step("the demo admin signs in with a password, then a TOTP code", async () => {
    await admin.goto("/staff");
    await expect(admin).toHaveURL(/\/staff\/sign-in$/);
    await axeCheck(admin);
    await admin.getByLabel("Email").fill(DEMO_STAFF.email);
    await admin.getByLabel("Password").fill("not the password");
    await admin.getByRole("button", { name: "Continue" }).click();
    await expect(admin.getByTestId("form-message")).toHaveText("The email or password is not right.");
    await admin.getByLabel("Password").fill(DEMO_STAFF.password);
    await admin.getByRole("button", { name: "Continue" }).click();
    await admin.waitForURL(/\/staff\/sign-in\/verify$/);
    await axeCheck(admin);
    // The password alone opens nothing.
    await admin.goto("/staff/audit");
    await expect(admin).toHaveURL(/\/staff\/sign-in$/);
    await admin.getByLabel("Email").fill(DEMO_STAFF.email);
    await admin.getByLabel("Password").fill(DEMO_STAFF.password);
    await admin.getByRole("button", { name: "Continue" }).click();
    await admin.waitForURL(/\/staff\/sign-in\/verify$/);
    await admin.getByLabel(/code from your authenticator app/i).fill("000000");
    await admin.getByRole("button", { name: "Sign in" }).click();
    await expect(admin.getByTestId("form-message")).toContainText("That code is not right");
    await admin.getByLabel(/code from your authenticator app/i).fill(await unusedTotpCode(DEMO_STAFF.totpSecret));
    await admin.getByRole("button", { name: "Sign in" }).click();
    await admin.waitForURL(/\/staff$/);
    await expect(admin.getByTestId("staff-identity")).toHaveText(`${DEMO_STAFF.email} (admin)`);
    await axeCheck(admin);
  });

  let inviteLink = "";
  await test.step("the admin invites a support member; the link is shown once", async () => {
    await admin.getByRole("link", { name: "Staff" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
    await axeCheck(admin);
    await admin.getByLabel("Email").fill(supportEmail);
    await admin.getByLabel("Role").selectOption("support");
    await admin.getByRole("button", { name: "Invite" }).click();
    inviteLink = (await admin.getByTestId("invite-link").textContent()) ?? "";
    expect(inviteLink).toMatch(/\/staff\/invite\?token=[A-Za-z0-9_-]{43}$/);
  });

  await test.step("the invitee sets a password and a TOTP app, gets recovery codes and is signed in", async () => {
    await support.goto(inviteLink);
    await axeCheck(support);
    const secret = (await support.getByTestId("totp-secret").textContent())!.trim();
    await support.getByLabel("Choose a password").fill("quiet harbour lantern 4471");
    await support.getByLabel(/6-digit code/).fill(generateSync({ secret }));
    await support.getByRole("button", { name: "Finish and sign in" }).click();
    await expect(support.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
    await support.getByRole("link", { name: "Open the console" }).click();
    await expect(support.getByTestId("staff-identity")).toHaveText(`${supportEmail} (support)`);
    // The invite works once.
    const again = await (await browser.newContext()).newPage();
    await again.goto(inviteLink);
    await expect(again.getByText("This invite link has expired or was already used.")).toBeVisible();
    // Support has no staff management: no link, and the page answers 404.
    await expect(support.getByRole("link", { name: "Staff", exact: true })).toHaveCount(0);
    expect((await support.goto("/staff/team"))?.status()).toBe(404);
    // A staff session is not a customer session.
    await support.goto("/account");
    await expect(support).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  });

  await test.step("resend the confirmation: the customer gets a new link by mail; staff never see it", async () => {
    const pending = newUserData();
    const signUp = new SignUpPage(await (await browser.newContext()).newPage());
    await signUp.goto();
    await signUp.fill(pending);
    await signUp.submit();
    await signUp.expectCheckEmail();
    await waitForMail(sandboxAdmin, pending.email, /confirm your email address/i);
    const before = (await mailTo(sandboxAdmin, pending.email)).length;

    await support.goto("/staff");
    await support.getByLabel("Email, name or imin customer id").fill(pending.email);
    await support.getByRole("button", { name: "Search" }).click();
    await axeCheck(support);
    await support.getByRole("link", { name: pending.email }).click();
    await expect(support.getByTestId("login-state")).toHaveText("pending confirmation");
    await axeCheck(support);
    await expect(await confirmAction(support, "Resend the confirmation link")).toHaveText(
      "A new confirmation link was mailed to the customer.",
    );
    await expect.poll(async () => (await mailTo(sandboxAdmin, pending.email)).length, { timeout: 15_000 }).toBe(before + 1);
    await expect(support.locator("body")).not.toContainText("/verify-email");
    await expect(support.getByRole("form", { name: "Delete the account" })).toHaveCount(0);
  });

  const user = await signUpNewUser();
  await expect(page).toHaveURL(/\/account/);

  await test.step("clear a lockout: the customer signs in again", async () => {
    const locked = await (await browser.newContext()).newPage();
    const signIn = new SignInPage(locked);
    await signIn.goto();
    for (let i = 0; i < 5; i++) await signIn.signIn(user.email, `wrong guess ${i}`);
    await signIn.signIn(user.email, user.password);
    await expect(signIn.formError()).toHaveText(LIMITED);

    await support.goto(`/staff?q=${encodeURIComponent(user.email)}`);
    await support.getByRole("link", { name: user.email }).click();
    await expect(support.getByTestId("login-state")).toHaveText("active");
    await expect(support.getByTestId("lockouts")).toContainText("5 failures, until");
    await expect(support.getByTestId("active-sessions")).toHaveText("1");
    await expect(await confirmAction(support, "Clear the lockout")).toHaveText("The lockout is cleared: the customer can sign in again.");
    await expect(support.getByTestId("lockouts")).toHaveText("No");

    await signIn.signIn(user.email, user.password);
    await locked.waitForURL(/localhost:\d+\/$/);
  });

  await test.step("sign out everywhere: the customer's browsers are signed out", async () => {
    await support.reload();
    await expect(support.getByTestId("active-sessions")).toHaveText("2");
    await expect(support.getByTestId("phone")).toHaveText(/^•••• \d\d$/);
    await expect(await confirmAction(support, "Sign out everywhere")).toContainText("Signed out everywhere (2 sessions ended)");
    await expect(support.getByTestId("active-sessions")).toHaveText("0");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  });

  await test.step("reveal is recorded; every action is in the audit log and its CSV", async () => {
    await support.getByRole("link", { name: /Reveal phone and birth dates/ }).click();
    await expect(support.getByTestId("phone")).not.toContainText("•");

    await support.getByRole("link", { name: "Mail, jobs and webhooks" }).click();
    await expect(support.getByTestId("mail-counts")).toContainText("sent");
    await axeCheck(support);

    await support.getByRole("link", { name: "Audit log" }).click();
    await axeCheck(support);
    const log = support.getByTestId("audit-log");
    for (const action of [
      "customer.resend-confirmation",
      "customer.clear-lockout",
      "customer.sign-out-everywhere",
      "customer.reveal",
      "sign-in",
    ]) {
      await expect(log.getByRole("row").filter({ hasText: supportEmail }).filter({ hasText: action }).first()).toBeVisible();
    }
    await expect(
      log.getByRole("row").filter({ hasText: "sign-in.factor-failed" }).filter({ hasText: DEMO_STAFF.email }).first(),
    ).toBeVisible();
    await expect(
      log.getByRole("row").filter({ hasText: "sign-in.password-failed" }).filter({ hasText: DEMO_STAFF.email }).first(),
    ).toBeVisible();

    await support.getByLabel("Staff email, action or customer email").fill(user.email);
    await support.getByRole("button", { name: "Search" }).click();
    await expect(log.getByRole("row").filter({ hasText: "customer.clear-lockout" })).toHaveCount(1);
    await expect(log.getByRole("row").filter({ hasText: "customer.resend-confirmation" })).toHaveCount(0);

    const csv = await support.request.get(`/staff/audit/export?q=${encodeURIComponent(user.email)}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe("id,at,staff_email,action,customer_id,customer_email,ip,detail");
    expect(text).toContain(`,${supportEmail},customer.sign-out-everywhere,`);
  });

  await test.step("signing out ends the staff session", async () => {
    await support.getByRole("button", { name: "Sign out" }).click();
    await expect(support.getByText("You have signed out.")).toBeVisible();
    await support.goto("/staff");
    await expect(support).toHaveURL(/\/staff\/sign-in$/);
  });
});
