import "server-only";
import { checkEmailAddress } from "@/lib/accounts/check-email-address";
import { readSignUpBrowserCookie } from "@/lib/accounts/sign-up-browser";
import { signUpBrowserMayConfirm } from "@/lib/accounts/verify-email";

export { isTokenUsable } from "@/lib/accounts/tokens";
export { checkEmailAddress };

/** Whether this browser signed up for the login behind this verification link (it then confirms without the password). */
export async function isSigningUpBrowser(token: string): Promise<boolean> {
  return signUpBrowserMayConfirm(token, await readSignUpBrowserCookie());
}
