import { test as setup } from "@playwright/test";
import { E2E } from "./support/env";
import { SignInPage } from "./pages/sign-in-page";

// Signs the demo customer in once and saves the cookies for every spec that uses `demoPage`.
setup("sign in as the demo customer", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(E2E.demo.email, E2E.demo.password);
  await page.waitForURL(/localhost:\d+\/$/);
  await page.context().storageState({ path: E2E.storageState });
});
