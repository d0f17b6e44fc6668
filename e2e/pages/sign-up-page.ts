import { expect, type Page } from "@playwright/test";

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
    await p.getByLabel("Given name").fill(user.givenName);
    await p.getByLabel("Family name").fill(user.familyName);
    await p.getByLabel("Email").fill(user.email);
    await p.getByLabel("Password", { exact: true }).fill(user.password);
    if (user.telephone) await p.getByLabel(/phone/i).fill(user.telephone);
    if (user.birthDate) await p.getByLabel(/date of birth/i).fill(user.birthDate);
    if (opts.confirm13 !== false) await p.getByLabel(/13 or over/i).check();
  }

  async submit() {
    await this.page.getByRole("button", { name: /create account/i }).click();
  }
}
