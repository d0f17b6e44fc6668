import "server-only";
import { getUserByEmail } from "@/lib/db/queries";
import type { User } from "@/lib/db/schema";
import { verifyAgainstDummy, verifyPassword } from "./password";

/** The login for these credentials, or undefined. Same work whether or not the email exists. */
export async function checkCredentials(email: string, password: string): Promise<User | undefined> {
  const user = await getUserByEmail(email);
  if (!user) {
    await verifyAgainstDummy(password);
    return undefined;
  }
  return (await verifyPassword(user.passwordHash, password)) ? user : undefined;
}

/** Used by Auth.js `authorize`: only logins whose imin account exists may hold a session. */
export async function findActiveUserForSignIn(email: string, password: string) {
  const user = await checkCredentials(email, password);
  return user && user.status === "active" && user.iminCustomerId ? user : undefined;
}
