import "server-only";
import { customerAccountUrl } from "@/lib/imin/customers";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "./client";
import { users } from "./schema";

/** The sandbox's demo customer (see CONTRIBUTING.md "Fixed facts everyone relies on"). */
const DEMO_LOGIN = {
  email: "demo@example.com",
  password: "sandbox-demo-2026",
  givenName: "Alex",
  iminCustomerId: "demo-customer",
} as const;

/** Creates the demo login linked to the sandbox's demo customer, once. */
export async function seedDemoLogin() {
  const db = await getDb();
  await db
    .insert(users)
    .values({
      email: DEMO_LOGIN.email,
      passwordHash: await hashPassword(DEMO_LOGIN.password),
      givenName: DEMO_LOGIN.givenName,
      iminCustomerId: DEMO_LOGIN.iminCustomerId,
      iminCustomerUrl: customerAccountUrl(DEMO_LOGIN.iminCustomerId),
      status: "active",
      emailVerifiedAt: new Date(),
    })
    .onConflictDoNothing();
}
