import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * Every table the portal keeps. imin stays the source of truth for the customer's details and
 * bookings; these hold only the login, its mapping to imin, and operational records.
 * Change through migrations only: `npm run db:generate` after editing this file.
 */

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Always stored lower-cased and trimmed. */
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  givenName: text("given_name"),
  iminCustomerId: text("imin_customer_id").unique(),
  iminCustomerUrl: text("imin_customer_url"),
  /** `pending_imin`: the login exists but its imin Customer Account is not created yet. */
  status: text("status", { enum: ["active", "pending_imin"] })
    .notNull()
    .default("pending_imin"),
  /** Set once the person opened the link mailed to `email`; nothing reaches imin before it. */
  emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
  /** The sign-up form's one-time token, so a double submit is recognised as the same sign-up. */
  signUpNonce: text("sign_up_nonce"),
  /**
   * SHA-256 of the random value in the signing-up browser's cookie (lib/accounts/sign-up-browser.ts):
   * that browser's link confirms without the password. Set only by the sign-up whose password the
   * login holds; cleared when the address is confirmed.
   */
  signUpBrowserHash: text("sign_up_browser_hash"),
  /** When that binding stops working (the first link's lifetime). */
  signUpBrowserExpiresAt: timestamp("sign_up_browser_expires_at", { withTimezone: true }),
  /** Sessions that began before this instant are void (set on sign-out). */
  sessionsValidFrom: timestamp("sessions_valid_from", { withTimezone: true }),
  /** The language the customer chose ("en" | "cy", docs/features/languages.md); null until they choose. Read with the session. */
  locale: text("locale"),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** A lower-cased email or a client address. */
    key: text("key").notNull(),
    /**
     * `email_ip`: the key is `email|address` (the pair lockout, lib/auth/rate-limit.ts);
     * `sign_up_ip` / `sign_up_email`: sign-up submits (counted whatever their outcome).
     */
    kind: text("kind", { enum: ["email", "ip", "email_ip", "sign_up_ip", "sign_up_email"] }).notNull(),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
    success: boolean("success").notNull().default(false),
  },
  (t) => [index("sign_in_attempts_lookup").on(t.kind, t.key, t.attemptedAt)],
);

/**
 * Server-side sessions (lib/auth/sessions.ts). The session cookie (a signed JWT) carries a random
 * id; only its SHA-256 is stored here. A session ends at `expires_at` (absolute, from sign-in),
 * after `SESSION_IDLE_DAYS` without a request (`last_seen_at`), or when revoked.
 */
export const loginSessions = pgTable(
  "login_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("login_sessions_user").on(t.userId).where(sql`revoked_at is null`)],
);

/** imin operations that must be completed later (e.g. creating the Customer Account after a failed sign-up). */
export const pendingOperations = pgTable(
  "pending_operations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    payload: jsonb("payload").notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** A worker holds the operation until then, so two requests never run it twice. */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    /**
     * `ambiguous`: imin's answer to a create was lost (timeout, unreadable body, 5xx), so a customer
     * may exist there. It is never sent again by itself: an operator resolves it (lib/accounts/orphans.ts).
     */
    state: text("state", { enum: ["ready", "ambiguous"] })
      .notNull()
      .default("ready"),
    /** How many creates ended ambiguous; after the second, no retry is allowed at all. */
    ambiguousCount: integer("ambiguous_count").notNull().default(0),
    ambiguousAt: timestamp("ambiguous_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("pending_operations_user_kind").on(t.userId, t.kind)],
);

/**
 * Single-use links mailed to a person (verify an address, reset a password, confirm a new address).
 * Only the SHA-256 of the token is kept; the token itself exists only in the mail.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["verify_email", "reset_password", "change_email"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    /** The address a `change_email` token moves the login to. */
    newEmail: text("new_email"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Used, or replaced by a newer link of the same purpose. */
    spentAt: timestamp("spent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("account_tokens_user_purpose").on(t.userId, t.purpose, t.createdAt)],
);

export const webhookReceipts = pgTable(
  "webhook_receipts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    iminCustomerId: text("imin_customer_id").notNull(),
    dedupeKey: text("dedupe_key").notNull().unique(),
    payload: jsonb("payload").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp("processed_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [index("webhook_receipts_unprocessed").on(t.processedAt, t.receivedAt)],
);

/** The customer's imin account and linked accounts as last seen, to diff before/after a webhook. */
export const customerSnapshots = pgTable("customer_snapshots", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  snapshot: jsonb("snapshot").notNull(),
  takenAt: timestamp("taken_at", { withTimezone: true }).notNull().defaultNow(),
});

export const notices = pgTable(
  "notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    message: text("message").notNull(),
    createdAt: createdAt(),
    dismissedAt: timestamp("dismissed_at", { withTimezone: true }),
    dedupeKey: text("dedupe_key").unique(),
  },
  (t) => [index("notices_user_open").on(t.userId, t.dismissedAt)],
);

export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 of the feed token; the token itself is only ever shown to the customer. */
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("calendar_feeds_user").on(t.userId).where(sql`revoked_at is null`)],
);

/**
 * Outgoing mail, stored before the first attempt so a failure never loses it (lib/mail/outbox.ts).
 * The body is cleared once the message is delivered: it may hold a single-use link.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    status: text("status", { enum: ["pending", "sending", "sent", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** A deliverer holds a `sending` message until then; past it, the claim is stale and retaken. */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    /** Extra headers (List-Unsubscribe) and attachments (.ics), for the notification mails. */
    headers: jsonb("headers").$type<Record<string, string>>(),
    attachments: jsonb("attachments").$type<{ filename: string; contentType: string; content: string }[]>(),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("mail_outbox_due").on(t.status, t.nextAttemptAt)],
);

export type User = typeof users.$inferSelect;
export type LoginSession = typeof loginSessions.$inferSelect;
export type AccountToken = typeof accountTokens.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Notice = typeof notices.$inferSelect;
export type OutboxMail = typeof mailOutbox.$inferSelect;

export * from "./schema-household";
export * from "./schema-oidc";
export * from "./schema-group-booking";
export * from "./schema-staff";
