import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailPreferences } from "@/lib/db/schema-notifications";
import type { EmailKind } from "./kinds";

export type EmailPreferences = Record<EmailKind, boolean>;

/** Every kind is on until the customer turns it off. */
const DEFAULTS: EmailPreferences = { reminders: true, cancellations: true, notices: true };

export async function getEmailPreferences(userId: string): Promise<EmailPreferences> {
  const db = await getDb();
  const [row] = await db.select().from(emailPreferences).where(eq(emailPreferences.userId, userId));
  return row ? { reminders: row.reminders, cancellations: row.cancellations, notices: row.notices } : { ...DEFAULTS };
}

export async function setEmailPreferences(userId: string, changes: Partial<EmailPreferences>): Promise<void> {
  const db = await getDb();
  const values = { ...changes, updatedAt: new Date() };
  await db
    .insert(emailPreferences)
    .values({ userId, ...DEFAULTS, ...values })
    .onConflictDoUpdate({ target: emailPreferences.userId, set: values });
}
