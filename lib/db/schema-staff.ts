import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * The broker's staff console (/staff, lib/staff): staff identities kept apart from customers' logins,
 * their sessions, one-time invites and the append-only audit log. A staff member is never a
 * customer login with a flag.
 */

export const staff = pgTable("staff", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Always stored lower-cased and trimmed. */
  email: text("email").notNull().unique(),
  role: text("role", { enum: ["support", "admin"] }).notNull(),
  passwordHash: text("password_hash").notNull(),
  /** The TOTP secret (base32), sealed with AES-256-GCM under a key derived from AUTH_SECRET. */
  totpSecretSealed: text("totp_secret_sealed"),
  /**
   * A new TOTP secret being set up from the account page (sealed like the live one), kept until it
   * is proven with a code, so reloading the page shows the same key.
   */
  totpPendingSealed: text("totp_pending_sealed"),
  /** The last TOTP time step accepted, so a code is never accepted twice. */
  totpLastStep: integer("totp_last_step"),
  /** Sessions that began before this instant are void (password or factor change, sign-out everywhere). */
  sessionsValidFrom: timestamp("sessions_valid_from", { withTimezone: true }),
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One-time recovery codes for a lost TOTP app; only an SHA-256 of each is kept. */
export const staffRecoveryCodes = pgTable(
  "staff_recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull().unique(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staff_recovery_codes_staff").on(t.staffId)],
);

/** WebAuthn credentials (passkeys) registered by a staff member (lib/staff/passkeys.ts). */
export const staffPasskeys = pgTable(
  "staff_passkeys",
  {
    /** base64url of the credential id; `public_key` is base64url of its COSE public key. */
    credentialId: text("credential_id").primaryKey(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    publicKey: text("public_key").notNull(),
    counter: integer("counter").notNull().default(0),
    transports: jsonb("transports").$type<string[]>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [index("staff_passkeys_staff").on(t.staffId)],
);

/**
 * Staff sessions (lib/staff/sessions.ts): only the SHA-256 of the cookie's random id is stored. A
 * session is `password` (half-way: the second factor is still owed, a few minutes to give it) until
 * `second_factor_at`; it ends 8 hours after sign-in, after 30 minutes unused, or when revoked.
 */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    secondFactorAt: timestamp("second_factor_at", { withTimezone: true }),
    ip: text("ip"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("staff_sessions_staff").on(t.staffId).where(sql`revoked_at is null`)],
);

/** One-time invites: only the SHA-256 of the mailed/printed token is kept. */
export const staffInvites = pgTable("staff_invites", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull(),
  role: text("role", { enum: ["support", "admin"] }).notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  invitedBy: uuid("invited_by").references(() => staff.id, { onDelete: "set null" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  /** The TOTP secret offered on the invite page (sealed, bound to the invite id), the same on every load until used. */
  totpSecretSealed: text("totp_secret_sealed"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Pending WebAuthn challenges, server side: one per owner (`session:<sha256 of the staff session id>`
 * or `invite:<invite id>`) and ceremony. Taken once (deleted as it is read) and only before
 * `expires_at` (a few minutes).
 */
export const staffWebauthnChallenges = pgTable(
  "staff_webauthn_challenges",
  {
    owner: text("owner").notNull(),
    ceremony: text("ceremony", { enum: ["register", "authenticate"] }).notNull(),
    challenge: text("challenge").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.owner, t.ceremony] })],
);

/**
 * Every staff sign-in, failed sign-in and action. Append-only: the code has no update or delete
 * path, and a trigger (in the migration) refuses UPDATE and DELETE. No foreign keys, so a deleted
 * staff member or customer leaves their lines intact.
 */
export const staffAuditLog = pgTable(
  "staff_audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    staffId: uuid("staff_id"),
    staffEmail: text("staff_email").notNull(),
    action: text("action").notNull(),
    /** The customer's login id and email at the time, when the action concerned one. */
    customerId: uuid("customer_id"),
    customerEmail: text("customer_email"),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
    ip: text("ip"),
  },
  (t) => [index("staff_audit_log_at").on(t.at), index("staff_audit_log_customer").on(t.customerId)],
);

export type Staff = typeof staff.$inferSelect;
export type StaffSession = typeof staffSessions.$inferSelect;
export type StaffAuditEntry = typeof staffAuditLog.$inferSelect;
