import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { createStaff, getStaffByEmail } from "./store";
import { DEMO_STAFF } from "./demo-login";
import { newRecoveryCodes } from "./totp";

/** Makes the demo admin once (lib/startup.ts, with the demo customer). */
export async function seedDemoStaff() {
  if (await getStaffByEmail(DEMO_STAFF.email)) return;
  await createStaff({
    email: DEMO_STAFF.email,
    role: "admin",
    passwordHash: await hashPassword(DEMO_STAFF.password),
    totpSecret: DEMO_STAFF.totpSecret,
    recoveryCodes: newRecoveryCodes(),
  });
}
