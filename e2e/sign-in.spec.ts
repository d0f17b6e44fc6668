import { AccountPage } from "./pages/account-page";
import { SignInPage } from "./pages/sign-in-page";
import { E2E, expect, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

test.describe("signed out", () => {
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
});

// Changing the sign-in email (with its confirmation link) is in email-change.spec.ts.
test("sign out voids the session (a copied cookie too); a wrong password is refused; the right one signs in", async ({
  page,
  signUpNewUser,
}) => {
  const user = await signUpNewUser();
  const account = new AccountPage(page);
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
  await signIn.signIn(user.email, "not-the-password");
  await expect(signIn.formError()).toHaveText("The email or password is not right. Check them and try again.");
  await signIn.signIn(user.email, user.password);
  await expect(page).toHaveURL(/\/account/);
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
