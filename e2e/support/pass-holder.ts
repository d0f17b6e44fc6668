import type { Page } from "@playwright/test";
import { expect, type SandboxAdmin } from "../fixtures";
import { AccountPage } from "../pages/account-page";
import { type NewUser, SignUpPage } from "../pages/sign-up-page";

/**
 * `user` signed up, confirmed and signed in on `page`, with an account at `seller` linked (through
 * the sandbox's admin API) that holds access pass `pass`. Returns their imin reference.
 */
export async function signUpPassHolder(page: Page, admin: SandboxAdmin, user: NewUser, seller: string, pass: string): Promise<string> {
  await new SignUpPage(page).signUpAndConfirm(admin, user);
  await page.goto("/account");
  const reference = (await new AccountPage(page).detail("reference").textContent())!.trim();
  expect((await admin.post("/admin/linked-accounts", { customerId: reference, seller })).status).toBe(201);
  expect((await admin.post(`/admin/linked-accounts/${reference}/${seller}/access-pass`, { text: pass })).status).toBeLessThan(300);
  return reference;
}
