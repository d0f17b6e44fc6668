import { expect, type Page } from "@playwright/test";

export class AccountPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/account");
    await expect(this.page.getByRole("heading", { level: 1, name: /your account/i })).toBeVisible();
  }

  profile() {
    return this.page.getByTestId("profile-details");
  }

  detail(label: string) {
    return this.page.getByTestId(`profile-${label}`);
  }

  editForm() {
    return this.page.getByRole("form", { name: /edit your details/i });
  }

  emailForm() {
    return this.page.getByRole("form", { name: "Change your email address" });
  }

  passwordForm() {
    return this.page.getByRole("form", { name: "Change your password" });
  }

  deleteForm() {
    return this.page.getByRole("form", { name: "Delete your account" });
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Sign out", exact: true }).click();
    await this.page.waitForURL(/\/sign-in/);
  }
}
