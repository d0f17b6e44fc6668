import type { Browser, CDPSession, Page } from "@playwright/test";
import { generateSync } from "otplib";
import { unusedTotpCode } from "./support/totp";
import { DEMO_STAFF } from "../lib/staff/demo-login";
import { expect, test } from "./fixtures";

/**
 * Staff passkeys and self-service (issue 24), in Chromium with its own WebAuthn stack: a CDP
 * virtual authenticator (ctap2, internal, resident keys, user verification) stands in for the
 * device's platform authenticator. An admin invites a support member, who finishes the invite with
 * a passkey instead of an authenticator app, signs out and back in with password + passkey, adds a
 * passkey from a second browser and changes the password there: each change signs the other
 * browser out. axe runs on every new page.
 */
test.describe.configure({ mode: "serial" });

const PASSWORD = "amber quarry whistle 5130";
const NEW_PASSWORD = "silver orchard compass 2284";

async function virtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
  return { cdp, authenticatorId };
}

async function credentialsOf({ cdp, authenticatorId }: { cdp: CDPSession; authenticatorId: string }) {
  return (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
}

/** The demo admin, signed in with a TOTP code; a code's time step is accepted once, so a step another spec just used waits for the next. */
async function signInDemoAdmin(browser: Browser): Promise<Page> {
  const admin = await (await browser.newContext()).newPage();
  await admin.goto("/staff/sign-in");
  await admin.getByLabel("Email").fill(DEMO_STAFF.email);
  await admin.getByLabel("Password").fill(DEMO_STAFF.password);
  await admin.getByRole("button", { name: "Continue" }).click();
  await admin.waitForURL(/\/staff\/sign-in\/verify$/);
  for (let attempt = 0; attempt < 2; attempt++) {
    await admin.getByLabel(/code from your authenticator app/i).fill(await unusedTotpCode(DEMO_STAFF.totpSecret));
    await admin.getByRole("button", { name: "Sign in", exact: true }).click();
    const outcome = await Promise.race([
      admin.waitForURL(/\/staff$/).then(() => "in" as const),
      admin
        .getByTestId("form-message")
        .waitFor()
        .then(() => "refused" as const),
    ]);
    if (outcome === "in") return admin;
    await admin.waitForTimeout(31_000 - (Date.now() % 30_000));
  }
  throw new Error("the demo admin could not sign in");
}

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/staff/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(/\/staff\/sign-in\/verify$/);
  // The passkey button works once the page is hydrated.
  await page.waitForLoadState("networkidle");
}

async function expectSignedOut(page: Page) {
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
}

test("invite → first sign-in with a passkey → password + passkey; a second browser adds a passkey and changes the password, signing the first out each time", async ({
  browser,
  axeCheck,
}) => {
  test.setTimeout(240_000);
  const email = `passkey-${Date.now().toString(36)}@broker.example`;
  let inviteLink = "";
  let recoveryCodes: string[] = [];

  await test.step("an admin invites a support member", async () => {
    const admin = await signInDemoAdmin(browser);
    await admin.getByRole("link", { name: "Staff", exact: true }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
    await admin.waitForLoadState("networkidle");
    await admin.getByLabel("Email").fill(email);
    await expect(admin.getByLabel("Email")).toHaveValue(email);
    await admin.getByLabel("Role").selectOption("support");
    await admin.getByRole("button", { name: "Invite" }).click();
    inviteLink = (await admin.getByTestId("invite-link").textContent()) ?? "";
    expect(inviteLink).toMatch(/\/staff\/invite\?token=[A-Za-z0-9_-]{43}$/);
    await admin.context().close();
  });

  const first = await (await browser.newContext()).newPage();
  const deviceA = await virtualAuthenticator(first);

  await test.step("the invite page's TOTP key stays the same on reload; the invitee finishes with a passkey instead", async () => {
    const res = await first.goto(inviteLink);
    expect(res?.headers()["permissions-policy"]).toContain("publickey-credentials-create=(self)");
    expect(res?.headers()["permissions-policy"]).toContain("publickey-credentials-get=(self)");
    const key = await first.getByTestId("totp-secret").textContent();
    await first.reload();
    await expect(first.getByTestId("totp-secret")).toHaveText(key!);
    await axeCheck(first);
    // A weak password is refused before the device is asked.
    await first.waitForLoadState("networkidle");
    await first.getByLabel("Choose a password").fill("password1234");
    await first.getByRole("button", { name: "Finish with a passkey" }).click();
    await expect(first.getByTestId("form-message")).toHaveText("Please check the highlighted fields.");
    expect(await credentialsOf(deviceA)).toHaveLength(0);
    await first.getByLabel("Choose a password").fill(PASSWORD);
    await first.getByRole("button", { name: "Finish with a passkey" }).click();
    await expect(first.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
    recoveryCodes = await first.getByTestId("recovery-codes").locator("li").allTextContents();
    expect(await credentialsOf(deviceA)).toHaveLength(1);
    await first.getByRole("link", { name: "Open the console" }).click();
    await expect(first.getByTestId("staff-identity")).toHaveText(`${email} (support)`);
  });

  await test.step("the account page lists the passkey; no authenticator app yet", async () => {
    await first.getByRole("link", { name: "Your account" }).click();
    await expect(first.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(first.getByTestId("totp-state")).toHaveText("Not set up.");
    await expect(first.getByTestId("passkeys").locator("li")).toHaveCount(1);
    await expect(first.getByTestId("passkeys")).toContainText("last used never");
    // The only second factor cannot be removed.
    await expect(first.getByRole("button", { name: "Remove passkey 1" })).toHaveCount(0);
    await axeCheck(first);
  });

  await test.step("sign out, then sign in with the password and the passkey", async () => {
    await first.getByRole("button", { name: "Sign out" }).click();
    await expect(first.getByText("You have signed out.")).toBeVisible();
    await signInWithPassword(first, email, PASSWORD);
    await expect(first.getByLabel("A recovery code (if your passkey is not at hand)")).toBeVisible();
    await axeCheck(first);
    await first.getByRole("button", { name: "Sign in with a passkey" }).click();
    await first.waitForURL(/\/staff$/);
    await expect(first.getByTestId("staff-identity")).toHaveText(`${email} (support)`);
  });

  const second = await (await browser.newContext()).newPage();
  await test.step("a second browser signs in with a recovery code and adds its own passkey: the first browser is signed out", async () => {
    await signInWithPassword(second, email, PASSWORD);
    await second.getByLabel(/recovery code/i).fill(recoveryCodes[0]!);
    await second.getByRole("button", { name: "Sign in", exact: true }).click();
    await second.waitForURL(/\/staff$/);
    const deviceB = await virtualAuthenticator(second);
    await second.goto("/staff/account");
    await second.waitForLoadState("networkidle");
    await second.getByRole("button", { name: "Add a passkey" }).click();
    await expect(second.getByTestId("form-message")).toHaveText("Passkey added. Your other staff sessions are signed out.");
    expect(await credentialsOf(deviceB)).toHaveLength(1);
    await expect(second.getByTestId("passkeys").locator("li")).toHaveCount(2);
    await expectSignedOut(first);
    // This browser stays signed in.
    await second.goto("/staff/account");
    await expect(second.getByTestId("staff-identity")).toHaveText(`${email} (support)`);
  });

  await test.step("setting up an authenticator app: its page, and the key stays on reload", async () => {
    await second.getByRole("link", { name: "Set up an authenticator app" }).click();
    await expect(second.getByRole("heading", { level: 1, name: "New authenticator app" })).toBeVisible();
    const key = await second.getByTestId("totp-secret").textContent();
    await second.reload();
    await expect(second.getByTestId("totp-secret")).toHaveText(key!);
    await axeCheck(second);
    await second.getByLabel("The 6-digit code your app now shows").fill(generateSync({ secret: key!.trim() }));
    await second.getByRole("button", { name: "Use this app from now on" }).click();
    await second.waitForURL(/\/staff\/account\?authenticator=1$/);
    await expect(second.getByTestId("totp-state")).toHaveText("Set up.");
  });

  await test.step("the first browser signs in again with its passkey; the second changes the password, signing the first out", async () => {
    await signInWithPassword(first, email, PASSWORD);
    await first.getByRole("button", { name: "Sign in with a passkey" }).click();
    await first.waitForURL(/\/staff$/);

    const form = second.getByRole("form", { name: "Change your password" });
    await form.getByLabel("Current password").fill("not my password");
    await form.getByLabel("New password").fill(NEW_PASSWORD);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("That is not your current password.")).toBeVisible();
    await form.getByLabel("Current password").fill(PASSWORD);
    await form.getByLabel("New password").fill(NEW_PASSWORD);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByTestId("form-message")).toHaveText("Your password is changed. Your other staff sessions are signed out.");
    await expectSignedOut(first);
    await second.goto("/staff/account");
    await expect(second.getByTestId("staff-identity")).toHaveText(`${email} (support)`);

    // The old password no longer opens anything; the new one with the passkey does.
    await first.getByLabel("Email").fill(email);
    await first.getByLabel("Password").fill(PASSWORD);
    await first.getByRole("button", { name: "Continue" }).click();
    await expect(first.getByTestId("form-message")).toHaveText("The email or password is not right.");
    await signInWithPassword(first, email, NEW_PASSWORD);
    await first.getByRole("button", { name: "Sign in with a passkey" }).click();
    await first.waitForURL(/\/staff$/);
  });

  await test.step("each change is in the audit log", async () => {
    await first.getByRole("link", { name: "Audit log" }).click();
    await first.getByLabel("Staff email, action or customer email").fill(email);
    await first.getByRole("button", { name: "Search" }).click();
    const log = first.getByTestId("audit-log");
    for (const action of [
      "staff.invite-accepted",
      "account.passkey-added",
      "account.totp-enrolled",
      "account.password-failed",
      "account.password-changed",
    ])
      await expect(log.getByRole("row").filter({ hasText: action }).first()).toBeVisible();
    await expect(
      log
        .getByRole("row")
        .filter({ hasText: /sign-in.*"method":"passkey"/ })
        .first(),
    ).toBeVisible();
    await expect(log.getByRole("row").filter({ hasText: /"method":"recovery code"/ })).toHaveCount(1);
  });
});
