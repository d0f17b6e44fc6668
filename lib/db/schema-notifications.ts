import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./schema";

/**
 * What the notification jobs keep (lib/jobs): each customer's email preferences, one row per
 * upcoming booking that has a reminder, and a record of each one-off email already sent.
 */

/** Absent row = every kind on. */
export const emailPreferences = pgTable("email_preferences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  reminders: boolean("reminders").notNull().default(true),
  cancellations: boolean("cancellations").notNull().default(true),
  notices: boolean("notices").notNull().default(true),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One per booking (imin OrderItem): `scheduled` has a queued job; each row ends `sent` or `cancelled` once. */
export const bookingReminders = pgTable(
  "booking_reminders",
  {
    itemId: text("item_id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    orderId: text("order_id"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    sendAt: timestamp("send_at", { withTimezone: true }).notNull(),
    jobId: uuid("job_id"),
    status: text("status", { enum: ["scheduled", "sent", "cancelled"] })
      .notNull()
      .default("scheduled"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("booking_reminders_user").on(t.userId, t.status)],
);

/** One-off emails (a seller's cancellation, a change notice) already queued: the key makes each happen once. */
export const notificationsSent = pgTable("notifications_sent", {
  dedupeKey: text("dedupe_key").primaryKey(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  kind: text("kind").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type BookingReminder = typeof bookingReminders.$inferSelect;
