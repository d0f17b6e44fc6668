import { expect, type Page } from "@playwright/test";
import type { SandboxAdmin } from "../fixtures";
import { linkIn, waitForMail } from "../support/mail";

export interface NewUser {
  givenName: string;
  familyName: string;
  email: string;
  password: string;
  telephone?: string;
  birthDate?: string;
}

export class SignUpPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/sign-up");
    await expect(this.page.getByRole("heading", { level: 1, name: /create your account/i })).toBeVisible();
  }

  async fill(user: NewUser, opts: { confirm13?: boolean } = {}) {
    const p = this.page;
    await p.getByLabel("First name").fill(user.givenName);
    await p.getByLabel("Last name").fill(user.familyName);
    await p.getByLabel("Email").fill(user.email);
    await p.getByLabel("Password", { exact: true }).fill(user.password);
    if (user.telephone) await p.getByLabel(/phone/i).fill(user.telephone);
    if (user.birthDate) await p.getByLabel(/date of birth/i).fill(user.birthDate);
    if (opts.confirm13 !== false) await p.getByLabel(/13 or over/i).check();
  }

  async submit() {
    await this.page.getByRole("button", { name: /create account/i }).click();
  }

  /** After a submit: the one "check your email" page, whatever the address. */
  async expectCheckEmail() {
    await this.page.waitForURL(/\/check-email/);
    await expect(this.page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  }

  /** On the verification page opened in the browser that signed up: one press confirms and signs in. */
  async confirmInThisBrowser() {
    await this.page.getByRole("button", { name: "Confirm and sign in" }).click();
  }

  /** On the verification page in any other browser: enters the password chosen at sign-up and confirms. */
  async confirmWithPassword(password: string) {
    await this.page.getByLabel("Enter the password you chose when you signed up").fill(password);
    await this.page.getByRole("button", { name: "Confirm my email address" }).click();
  }

  /** The error under the verification page's password field. */
  passwordError() {
    return this.page.locator("#field-password-error");
  }

  /** The sign-up form filled with `user` and sent: lands on "check your email". */
  async signUp(user: NewUser) {
    await this.goto();
    await this.fill(user);
    await this.submit();
    await this.expectCheckEmail();
  }

  /**
   * A whole sign-up of `user`: the form, "check your email", and the mailed link opened in this
   * browser and confirmed (no password): signed in, on the home page.
   */
  async signUpAndConfirm(admin: SandboxAdmin, user: NewUser) {
    await this.signUp(user);
    const mail = await waitForMail(admin, user.email, /confirm your email address/i);
    await this.page.goto(linkIn(mail, "/verify-email"));
    await this.confirmInThisBrowser();
    await this.page.waitForURL(/localhost:\d+\/$/);
  }

  /** Opens the verification link the sandbox caught for `email` in a browser that did not sign up and confirms with `password`; lands on /sign-in. */
  async confirmFromMail(admin: SandboxAdmin, email: string, password: string) {
    const mail = await waitForMail(admin, email, /confirm your email address/i);
    await this.page.goto(linkIn(mail, "/verify-email"));
    await this.confirmWithPassword(password);
    await this.page.waitForURL(/\/sign-in\?verified=/);
  }
}
