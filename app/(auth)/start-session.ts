import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";

export const WRONG_CREDENTIALS = "The email or password is not right. Check them and try again.";
export const PENDING_MESSAGE =
  "Your details are saved, but we couldn't finish setting up your account with our booking service just now. " +
  "Please try again in a few minutes; we'll finish it when you next sign in.";

/** Auth.js signs in and redirects (a thrown redirect); its own errors mean the credentials failed. */
export async function startSession(email: string, password: string, redirectTo: string) {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (e) {
    if (e instanceof AuthError) return false;
    throw e;
  }
  return true;
}
