CREATE TABLE "group_booking_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_booking_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"offer_id" text NOT NULL,
	"offer_name" text NOT NULL,
	"attendees" jsonb NOT NULL,
	"checkout_started_at" timestamp with time zone,
	"checkout_url" text,
	"order_id" text,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "group_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"session_id" text NOT NULL,
	"opportunity_identifier" text NOT NULL,
	"opportunity_type" text NOT NULL,
	"session_name" text NOT NULL,
	"start_date" text NOT NULL,
	"form_nonce" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"abandoned_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "group_booking_steps" ADD CONSTRAINT "group_booking_steps_group_booking_id_group_bookings_id_fk" FOREIGN KEY ("group_booking_id") REFERENCES "public"."group_bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_bookings" ADD CONSTRAINT "group_bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "group_booking_steps_position" ON "group_booking_steps" USING btree ("group_booking_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "group_bookings_user_nonce" ON "group_bookings" USING btree ("user_id","form_nonce");--> statement-breakpoint
CREATE INDEX "group_bookings_user_session" ON "group_bookings" USING btree ("user_id","session_id");