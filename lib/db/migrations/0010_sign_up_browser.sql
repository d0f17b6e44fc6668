ALTER TABLE "users" ADD COLUMN "sign_up_browser_hash" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "sign_up_browser_expires_at" timestamp with time zone;