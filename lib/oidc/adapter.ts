import "server-only";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Adapter, AdapterPayload } from "oidc-provider";
import { getDb } from "@/lib/db/client";
import { oidcPayloads } from "@/lib/db/schema";

/**
 * oidc-provider's storage (its Adapter interface) in one table, so every portal instance on the
 * database shares sessions, grants, codes and tokens. An expired row is never returned; a consumed
 * one comes back with `consumed` set, which is how the library recognises a replayed code.
 */
export class DbAdapter implements Adapter {
  constructor(private readonly kind: string) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const db = await getDb();
    const values = {
      kind: this.kind,
      id,
      payload,
      grantId: payload.grantId ?? null,
      uid: payload.uid ?? null,
      userCode: payload.userCode ?? null,
      accountId: payload.accountId ?? null,
      expiresAt: expiresIn ? new Date(Date.now() + expiresIn * 1000) : null,
    };
    await db
      .insert(oidcPayloads)
      .values(values)
      .onConflictDoUpdate({
        target: [oidcPayloads.kind, oidcPayloads.id],
        set: {
          payload: values.payload,
          grantId: values.grantId,
          uid: values.uid,
          userCode: values.userCode,
          accountId: values.accountId,
          expiresAt: values.expiresAt,
        },
      });
    if (Math.random() < 0.01) await purgeExpired();
  }

  find(id: string) {
    return this.findWhere(eq(oidcPayloads.id, id));
  }

  findByUid(uid: string) {
    return this.findWhere(eq(oidcPayloads.uid, uid));
  }

  findByUserCode(userCode: string) {
    return this.findWhere(eq(oidcPayloads.userCode, userCode));
  }

  async consume(id: string): Promise<void> {
    const db = await getDb();
    await db
      .update(oidcPayloads)
      .set({ consumedAt: sql`coalesce(${oidcPayloads.consumedAt}, now())` })
      .where(and(eq(oidcPayloads.kind, this.kind), eq(oidcPayloads.id, id)));
  }

  async destroy(id: string): Promise<void> {
    const db = await getDb();
    await db.delete(oidcPayloads).where(and(eq(oidcPayloads.kind, this.kind), eq(oidcPayloads.id, id)));
  }

  /** Every code, token and session of the grant, whatever the kind of this adapter instance. */
  async revokeByGrantId(grantId: string): Promise<void> {
    const db = await getDb();
    await db.delete(oidcPayloads).where(eq(oidcPayloads.grantId, grantId));
  }

  private async findWhere(match: ReturnType<typeof eq>): Promise<AdapterPayload | undefined> {
    const db = await getDb();
    const [row] = await db
      .select({ payload: oidcPayloads.payload, consumedAt: oidcPayloads.consumedAt })
      .from(oidcPayloads)
      .where(and(eq(oidcPayloads.kind, this.kind), match, or(isNull(oidcPayloads.expiresAt), gt(oidcPayloads.expiresAt, new Date()))))
      .limit(1);
    if (!row) return undefined;
    const payload = row.payload as AdapterPayload;
    return row.consumedAt ? { ...payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) } : payload;
  }
}

/** Rows past their expiry are never read again. */
async function purgeExpired() {
  const db = await getDb();
  await db.delete(oidcPayloads).where(lt(oidcPayloads.expiresAt, new Date()));
}

/**
 * Ends the provider's sessions of an account and everything granted in them (codes, tokens):
 * run when the portal session they came from ends. Returns how many sessions ended.
 */
export async function endProviderSessions(accountId: string): Promise<number> {
  const db = await getDb();
  const ended = await db
    .delete(oidcPayloads)
    .where(and(eq(oidcPayloads.accountId, accountId), or(eq(oidcPayloads.kind, "Session"), eq(oidcPayloads.kind, "Grant"))))
    .returning({ kind: oidcPayloads.kind, id: oidcPayloads.id });
  const grantIds = ended.filter((r) => r.kind === "Grant").map((r) => r.id);
  for (const grantId of grantIds) await db.delete(oidcPayloads).where(eq(oidcPayloads.grantId, grantId));
  return ended.filter((r) => r.kind === "Session").length;
}
