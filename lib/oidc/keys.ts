import { generateKeyPairSync, randomBytes } from "node:crypto";
import { desc, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { type OidcKey, oidcKeys } from "@/lib/db/schema";
import { openPrivateJwk, sealPrivateJwk } from "./secrets";

/**
 * The provider's id_token signing keys, kept in the database so every instance signs with the same
 * ones. The newest generation signs; a retired key stays published while tokens it signed can
 * still be presented (id_tokens live an hour; relying parties cache JWKS) plus a margin.
 */
const SIGNING_ALG = "RS256";
export const RETIRED_KEY_PUBLISHED_HOURS = 24;

type Jwk = Record<string, unknown>;

export interface KeySet {
  /** Private JWKs, the signing key first: what oidc-provider's `jwks` takes. */
  signing: Jwk[];
  /** kids in the set, newest first (to notice a rotation by another process). */
  kids: string[];
}

function newKeyRow(generation: number, authSecret: string) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = randomBytes(12).toString("base64url");
  const publicJwk = { ...publicKey.export({ format: "jwk" }), kid, alg: SIGNING_ALG, use: "sig" };
  const privateJwk = { ...privateKey.export({ format: "jwk" }), kid, alg: SIGNING_ALG, use: "sig" };
  return { kid, generation, alg: SIGNING_ALG, publicJwk, privateJwkEncrypted: sealPrivateJwk(privateJwk, authSecret, kid) };
}

function isPublished(key: OidcKey, now: Date) {
  return !key.retiredAt || now.getTime() - key.retiredAt.getTime() < RETIRED_KEY_PUBLISHED_HOURS * 3_600_000;
}

export async function listKeys(db: Db): Promise<OidcKey[]> {
  return db.select().from(oidcKeys).orderBy(desc(oidcKeys.generation));
}

// One lock for every change to the key set: instances starting together on a fresh database, or a
// rotation racing a start, see each other's key instead of each making one.
const KEY_SET_LOCK = sql`select pg_advisory_xact_lock(hashtext('imin-portal.oidc-keys'))`;

function insertKey(tx: Db, generation: number, authSecret: string, now: Date) {
  return tx
    .insert(oidcKeys)
    .values({ ...newKeyRow(generation, authSecret), createdAt: now })
    .returning()
    .then(async ([inserted]) => {
      await tx
        .update(oidcKeys)
        .set({ retiredAt: now })
        .where(sql`${oidcKeys.generation} < ${inserted!.generation} and ${oidcKeys.retiredAt} is null`);
      return inserted!;
    });
}

/** Makes a new signing key; the current one is retired (still published for a while). */
export async function rotateKeys(db: Db, authSecret: string, now = new Date()): Promise<OidcKey> {
  return db.transaction(async (tx) => {
    await tx.execute(KEY_SET_LOCK);
    const [latest] = await listKeys(tx as unknown as Db);
    return insertKey(tx as unknown as Db, (latest?.generation ?? 0) + 1, authSecret, now);
  });
}

/** Makes a key unless, under the lock, another instance already made one this secret opens. */
async function ensureUsableKey(db: Db, authSecret: string, now: Date) {
  await db.transaction(async (tx) => {
    await tx.execute(KEY_SET_LOCK);
    const [latest] = await listKeys(tx as unknown as Db);
    if (latest && openPrivateJwk(latest.privateJwkEncrypted, authSecret, latest.kid)) return;
    if (latest) console.warn(`oidc: signing key ${latest.kid} was sealed with another AUTH_SECRET; making a new one`);
    await insertKey(tx as unknown as Db, (latest?.generation ?? 0) + 1, authSecret, now);
  });
}

/**
 * The keys to sign with and publish; makes the first one when there is none, or a new one when
 * the current key cannot be opened (AUTH_SECRET changed). A retired key that cannot be opened is
 * left out: the library publishes only keys it holds privately, and an AUTH_SECRET change ends
 * every session anyway.
 */
export async function loadKeySet(db: Db, authSecret: string, now = new Date()): Promise<KeySet> {
  let keys = await listKeys(db);
  const current = keys[0];
  if (!current || !openPrivateJwk(current.privateJwkEncrypted, authSecret, current.kid)) {
    await ensureUsableKey(db, authSecret, now);
    keys = await listKeys(db);
  }
  const signing: Jwk[] = [];
  const kids: string[] = [];
  for (const key of keys.filter((k) => isPublished(k, now))) {
    const jwk = openPrivateJwk(key.privateJwkEncrypted, authSecret, key.kid);
    if (!jwk) continue;
    signing.push(jwk);
    kids.push(key.kid);
  }
  return { signing, kids };
}
