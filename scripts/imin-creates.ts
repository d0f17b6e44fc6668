/**
 * `npm run imin-creates`: the sign-ups whose imin create answer was lost (timeout, unreadable body,
 * 5xx), so a Customer Account may exist at imin with no login here. imin offers no lookup by email
 * and no idempotency key, so the portal never repeats such a create by itself; an operator checks
 * imin (by the email and time listed) and then either
 *   npm run imin-creates -- attach <operation-id> <imin-customer-identifier>   (it exists: use it)
 *   npm run imin-creates -- retry <operation-id>                              (it does not: allow one more create)
 * The retry is allowed once; after a second lost answer only `attach` is left.
 * Reads DATABASE_URL (or the embedded database in DATA_DIR when the portal is not running).
 */
import { prepareStandalone, refuseSharedEmbeddedDatabase } from "./support/standalone";

prepareStandalone();

async function main() {
  const [command = "list", operationId, customerId] = process.argv.slice(2);
  await refuseSharedEmbeddedDatabase("npm run imin-creates");
  const { openDatabase } = await import("../lib/db/connect");
  const { setDatabaseForTests: withDatabase } = await import("../lib/db/client");
  const queries = await import("../lib/accounts/create-store");
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR || ".data", migrate: false });
  withDatabase(database);
  try {
    if (command === "list") {
      const rows = await queries.listAmbiguousOperations();
      if (!rows.length) console.info("No ambiguous imin creates.");
      for (const { operation: op, email } of rows) {
        const since = op.ambiguousAt?.toISOString() ?? "?";
        console.info(`${op.id}  since ${since}  lost answers ${op.ambiguousCount}  ${op.kind}  ${email}  (${op.lastError ?? "no detail"})`);
      }
      return;
    }
    if (!operationId) throw new Error("name the operation id (from `npm run imin-creates`)");
    if (command === "retry") {
      const allowed = await queries.allowAmbiguousRetry(operationId);
      console.info(
        allowed
          ? "Allowed: the next sign-in of that login creates the account once more."
          : "Not allowed: unknown, not ambiguous, or already retried once (use attach).",
      );
      return;
    }
    if (command === "attach") {
      if (!customerId || !/^[A-Za-z0-9_-]{1,100}$/.test(customerId)) throw new Error("name the imin customer identifier");
      const base = (process.env.IMIN_BOOKING_API_URL || "https://book.imin.co/api/v2").replace(/\/+$/, "");
      const attached = await queries.attachAmbiguousOperation(operationId, {
        customerId,
        customerUrl: `${base}/customer-accounts/${encodeURIComponent(customerId)}`,
      });
      console.info(attached ? "Attached: the login now uses that imin Customer Account." : "No ambiguous operation with that id.");
      return;
    }
    throw new Error(`unknown command "${command}" (list, retry, attach)`);
  } finally {
    withDatabase(undefined);
    await database.close();
  }
}

main().catch((e: Error) => {
  console.error(`npm run imin-creates: ${e.message}`);
  process.exit(1);
});
