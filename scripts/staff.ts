/**
 * `npm run staff`: the broker's staff console accounts (issue 24, docs/features/staff-console.md).
 *   npm run staff -- invite admin@broker.example --role admin   (prints a one-time link, valid 48 hours)
 *   npm run staff -- list
 *   npm run staff -- disable someone@broker.example             (offboarding: no more sign-ins, every session ends)
 * The first admin is made this way; admins invite others from the console (/staff/team). The link is
 * printed here only: whoever runs this hands it to the person. Opening it sets a password and a second
 * factor (a TOTP app or a passkey).
 * Reads DATABASE_URL (or the embedded database in DATA_DIR when the portal is not running) and
 * PORTAL_URL (default http://localhost:$PORT) for the link.
 */
import { prepareStandalone, refuseSharedEmbeddedDatabase } from "./support/standalone";

prepareStandalone();

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const [command = "list", email] = args;
  await refuseSharedEmbeddedDatabase("npm run staff", [
    "The embedded PGlite database can be opened by one process only. Stop the portal, or use Postgres (DATABASE_URL).",
  ]);
  const { openDatabase } = await import("../lib/db/connect");
  const { setDatabaseForTests: withDatabase } = await import("../lib/db/client");
  const store = await import("../lib/staff/store");
  const { listPasskeys } = await import("../lib/staff/passkey-store");
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR || ".data" });
  withDatabase(database);
  try {
    if (command === "list") {
      const members = await store.listStaff();
      if (!members.length) console.info("No staff yet: npm run staff -- invite <email> --role admin");
      for (const m of members) {
        const passkeys = (await listPasskeys(m.id)).length;
        const factors = [m.totpSecretSealed ? "TOTP" : "", passkeys ? `${passkeys} passkey${passkeys > 1 ? "s" : ""}` : ""].filter(Boolean);
        console.info(
          `${m.email}  ${m.role}  ${factors.join(", ")}${m.disabledAt ? "  (disabled)" : ""}  since ${m.createdAt.toISOString()}`,
        );
      }
      return;
    }
    if (command === "invite") {
      const role = option(args, "--role") ?? "support";
      if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error("name the email: invite <email> --role admin|support");
      if (role !== "admin" && role !== "support") throw new Error("--role must be admin or support");
      if (await store.getStaffByEmail(email)) throw new Error(`${email} is already a staff member`);
      const { token, expiresAt } = await store.createInvite({ email, role });
      await store.recordAudit({ staff: { email: "npm run staff" }, action: "staff.invite", detail: { email: email.toLowerCase(), role } });
      const origin = (process.env.PORTAL_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
      console.info(`Invite for ${email.toLowerCase()} (${role}), one use, until ${expiresAt.toISOString()}:`);
      console.info(`${origin}/staff/invite?token=${token}`);
      return;
    }
    if (command === "disable") {
      const member = email ? await store.getStaffByEmail(email) : undefined;
      if (!member) throw new Error("name a staff member's email: disable <email>");
      await store.disableStaff(member.id);
      await store.recordAudit({ staff: { email: "npm run staff" }, action: "staff.disable", detail: { email: member.email } });
      console.info(`${member.email} is disabled: no more sign-ins, and every session has ended.`);
      return;
    }
    throw new Error(`unknown command "${command}" (invite, list, disable)`);
  } finally {
    withDatabase(undefined);
    await database.close();
  }
}

main().catch((e: Error) => {
  console.error(`npm run staff: ${e.message}`);
  process.exit(1);
});
