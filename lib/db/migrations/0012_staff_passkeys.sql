CREATE TABLE "staff_webauthn_challenges" (
	"owner" text NOT NULL,
	"ceremony" text NOT NULL,
	"challenge" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "staff_webauthn_challenges_owner_ceremony_pk" PRIMARY KEY("owner","ceremony")
);
--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "totp_pending_sealed" text;--> statement-breakpoint
ALTER TABLE "staff_invites" ADD COLUMN "totp_secret_sealed" text;--> statement-breakpoint
ALTER TABLE "staff_sessions" DROP COLUMN "challenge";