import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./schema";

/**
 * Family members (issue 13): people an account holder books for who have no login of their own.
 * Each is an imin Customer Account the portal created; imin stays the source of truth for the
 * details, and the row keeps only what the portal shows and age-checks without asking imin.
 */
export const householdMembers = pgTable(
  "household_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The account holder (the login) who created and manages the member. */
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    iminCustomerId: text("imin_customer_id").notNull().unique(),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    /** YYYY-MM-DD, as imin holds it. */
    birthDate: date("birth_date", { mode: "string" }),
    /** The add form's one-time token: a double submit finds the member the first submit created. */
    createNonce: text("create_nonce"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("household_members_user").on(t.userId, t.createdAt),
    uniqueIndex("household_members_user_nonce").on(t.userId, t.createNonce),
  ],
);

export type HouseholdMemberRow = typeof householdMembers.$inferSelect;
