import "server-only";
import { and, eq, gt, like, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { signInAttempts } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";

/**
 * Failed client authentications at the token endpoint (a client secret is a password), kept in
 * the sign-in attempt store (`sign_in_attempts`, as lib/auth/rate-limit.ts) under keys
 * `oidc-client:<client id>|<address>`, which never equal a sign-in key. Recorded per client and
 * address; checked per address across client ids, because the id of a client_secret_post request
 * is in the body the library reads later, and cycling ids must not reset the budget.
 */
const MAX_CLIENT_AUTH_FAILURES = 20;
const PREFIX = "oidc-client:";

function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function clientAuthBlocked(address: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const since = new Date(now.getTime() - getEnv().SIGN_IN_WINDOW_MINUTES * 60_000);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.kind, "ip"),
        like(signInAttempts.key, `${escapeLike(PREFIX)}%|${escapeLike(address)}`),
        eq(signInAttempts.success, false),
        gt(signInAttempts.attemptedAt, since),
      ),
    );
  return (row?.n ?? 0) >= MAX_CLIENT_AUTH_FAILURES;
}

export async function recordClientAuthFailure(clientId: string, address: string, now = new Date()) {
  const db = await getDb();
  await db
    .insert(signInAttempts)
    .values({ kind: "ip", key: `${PREFIX}${clientId.slice(0, 200)}|${address}`, attemptedAt: now, success: false });
}
