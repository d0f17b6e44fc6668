import "server-only";
import { eq } from "drizzle-orm";
import { getBrokerConfig } from "@/lib/broker/config";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { isLocale, type Locale } from "./locales";

/** Stores the customer's chosen language on their login (the switch, signed in). */
export async function saveLoginLocale(userId: string, locale: Locale): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

/**
 * The language to write to a login in (mail, receipts, calendar): its stored choice when the broker
 * still offers it, else the broker's default. Jobs read this when they are queued and carry it.
 */
export async function loginLocale(userId: string): Promise<Locale> {
  const db = await getDb();
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).limit(1);
  return offeredLocale(row?.locale);
}

/** `value` when it is a language the broker offers, else the broker's default. */
function offeredLocale(value: string | null | undefined): Locale {
  const broker = getBrokerConfig();
  return isLocale(value) && broker.locales.includes(value) ? value : broker.defaultLocale;
}
