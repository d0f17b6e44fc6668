import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The OpenID Provider's state (lib/oidc): everything oidc-provider persists through its adapter
 * (sessions, grants, authorization codes, access tokens, interactions, replay records), and the
 * id_token signing keys. Shared by every portal instance on one database.
 */
export const oidcPayloads = pgTable(
  "oidc_payloads",
  {
    /** The library's model name: Session, Grant, AuthorizationCode, AccessToken, Interaction… */
    kind: text("kind").notNull(),
    id: text("id").notNull(),
    payload: jsonb("payload").notNull(),
    grantId: text("grant_id"),
    uid: text("uid"),
    userCode: text("user_code"),
    /** Sessions and grants: the account (imin customer identifier), so signing out can end them. */
    accountId: text("account_id"),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.id] }),
    index("oidc_payloads_grant").on(t.grantId),
    index("oidc_payloads_uid").on(t.kind, t.uid),
    index("oidc_payloads_user_code").on(t.kind, t.userCode),
    index("oidc_payloads_account").on(t.accountId),
    index("oidc_payloads_expires").on(t.expiresAt),
  ],
);

/**
 * id_token signing keys. The highest generation signs; earlier ones stay published in the JWKS
 * until `retired_at` is further back than tokens they signed can live. The private JWK is
 * encrypted (AES-256-GCM, key derived from AUTH_SECRET): a copy of the database alone cannot sign.
 */
export const oidcKeys = pgTable("oidc_keys", {
  kid: text("kid").primaryKey(),
  generation: integer("generation").notNull().unique(),
  alg: text("alg").notNull(),
  publicJwk: jsonb("public_jwk").notNull(),
  privateJwkEncrypted: text("private_jwk_encrypted").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
});

export type OidcKey = typeof oidcKeys.$inferSelect;
