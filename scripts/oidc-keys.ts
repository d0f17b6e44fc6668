/**
 * `npm run oidc-keys list`: the OpenID Provider's signing keys (kid, generation, made, retired,
 * whether still published in the JWKS).
 * `npm run oidc-keys rotate`: a new signing key; the previous one stays published for
 * RETIRED_KEY_PUBLISHED_HOURS so id_tokens it signed still verify. Running portals pick the new
 * key up within a minute.
 * Reads DATABASE_URL (or the embedded database in DATA_DIR when the portal is not running) and
 * AUTH_SECRET (or DATA_DIR/auth-secret, as `npm start` keeps it): private keys are sealed with it.
 */
import { existsSync, readFileSync } from "node:fs";
import { prepareStandalone, refuseSharedEmbeddedDatabase } from "./support/standalone";

prepareStandalone();

async function main() {
  const command = process.argv[2];
  if (command !== "list" && command !== "rotate") {
    console.error("usage: npm run oidc-keys list | rotate");
    process.exit(2);
  }
  await refuseSharedEmbeddedDatabase("oidc-keys", [
    "The embedded database can be opened by one process only. Stop the portal, run this again, then start it;",
    "or use Postgres (DATABASE_URL), where running portals pick the new key up.",
  ]);
  const { authSecretFile } = await import("../lib/env");
  const { openDatabase } = await import("../lib/db/connect");
  const { listKeys, rotateKeys, RETIRED_KEY_PUBLISHED_HOURS } = await import("../lib/oidc/keys");
  const dataDir = process.env.DATA_DIR || ".data";
  const file = authSecretFile(dataDir);
  const secret = process.env.AUTH_SECRET || (existsSync(file) ? readFileSync(file, "utf8").trim() : "");
  if (command === "rotate" && secret.length < 32) {
    console.error("oidc-keys: AUTH_SECRET is needed to seal the new key (set it, or run where DATA_DIR/auth-secret is).");
    process.exit(1);
  }
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
  try {
    if (command === "rotate") {
      const key = await rotateKeys(database.db, secret);
      console.info(
        `New signing key ${key.kid} (generation ${key.generation}); earlier keys stay published for ${RETIRED_KEY_PUBLISHED_HOURS} hours.`,
      );
    }
    const now = Date.now();
    const keys = await listKeys(database.db);
    if (!keys.length) console.info("No signing keys yet: the portal makes the first one when it starts.");
    for (const k of keys) {
      const published = !k.retiredAt || now - k.retiredAt.getTime() < RETIRED_KEY_PUBLISHED_HOURS * 3_600_000;
      const state = !k.retiredAt
        ? "signing"
        : `retired ${k.retiredAt.toISOString()}${published ? ", still published" : ", no longer published"}`;
      console.info(`${k.kid}  generation ${k.generation}  ${k.alg}  made ${k.createdAt.toISOString()}  ${state}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((e: Error) => {
  console.error(`oidc-keys: ${e.message}`);
  process.exit(1);
});
