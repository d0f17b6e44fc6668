import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./schema";

/**
 * Booking one session for several people (issue 13): imin takes one offer per checkout, so a mix of
 * tickets becomes a short sequence of checkouts. The sequence is kept here so the customer can leave
 * halfway and continue, and so no step is ever sent to checkout twice.
 */
export const groupBookings = pgTable(
  "group_bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The session's portal route id (`/book/{sessionId}`) and what the checkout names. */
    sessionId: text("session_id").notNull(),
    opportunityIdentifier: text("opportunity_identifier").notNull(),
    opportunityType: text("opportunity_type").notNull(),
    sessionName: text("session_name").notNull(),
    startDate: text("start_date").notNull(),
    /** The "Who is coming?" form's one-time token: a double submit finds the plan the first made. */
    formNonce: text("form_nonce").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Every step booked. */
    completedAt: timestamp("completed_at", { withTimezone: true }),
    /** The customer chose again; steps already booked stay booked. */
    abandonedAt: timestamp("abandoned_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("group_bookings_user_nonce").on(t.userId, t.formNonce),
    index("group_bookings_user_session").on(t.userId, t.sessionId),
  ],
);

export interface GroupBookingAttendee {
  key: string;
  iminCustomerId: string;
  givenName: string;
  isHolder: boolean;
}

export const groupBookingSteps = pgTable(
  "group_booking_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    groupBookingId: uuid("group_booking_id")
      .notNull()
      .references(() => groupBookings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    offerId: text("offer_id").notNull(),
    offerName: text("offer_name").notNull(),
    attendees: jsonb("attendees").$type<GroupBookingAttendee[]>().notNull(),
    /** Set when the step is claimed for checkout: a second submit finds it and opens no second checkout. */
    checkoutStartedAt: timestamp("checkout_started_at", { withTimezone: true }),
    /** imin's hosted checkout page for this step (reopened, never recreated). */
    checkoutUrl: text("checkout_url"),
    /** The imin order that holds the step's places, once seen. */
    orderId: text("order_id"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("group_booking_steps_position").on(t.groupBookingId, t.position)],
);

export type GroupBookingRow = typeof groupBookings.$inferSelect;
export type GroupBookingStepRow = typeof groupBookingSteps.$inferSelect;
