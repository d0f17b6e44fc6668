import { expect, type Page } from "@playwright/test";

export class SignInPage {
  constructor(readonly page: Page) {}

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
    await expect(this.page.getByRole("heading", { level: 1, name: /sign in/i })).toBeVisible();
  }

  async signIn(email: string, password: string) {
    const button = this.page.getByRole("button", { name: /^sign in$/i });
    const emailField = this.page.getByLabel("Email");
    const passwordField = this.page.getByLabel("Password", { exact: true });
    // A previous attempt's answer re-renders and resets the form when it lands: fill only once the
    // form is idle, and send only what was typed.
    await expect(button).toBeEnabled();
    await emailField.fill(email);
    await passwordField.fill(password);
    await expect(emailField).toHaveValue(email);
    await expect(passwordField).toHaveValue(password);
    // Wait for the server action's answer, so repeated attempts never overlap.
    await Promise.all([
      this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in"),
      button.click(),
    ]);
  }

  formError() {
    return this.page.getByTestId("form-message");
  }
}
