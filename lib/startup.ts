import "server-only";
import { getBrokerConfig } from "@/lib/broker/config";
import { getDatabase } from "@/lib/db/client";
import { seedDemoLogin } from "@/lib/db/seed";
import { ConfigError, getEnv } from "@/lib/env";
import { startMailWorker } from "@/lib/mail/worker";

/**
 * Runs once when the server starts (instrumentation.ts): validates configuration, applies
 * migrations and, for the embedded sandbox set-up, seeds the demo login. Bad configuration stops
 * the server with one message naming the variable.
 */
export async function startUp() {
  try {
    getEnv();
    getBrokerConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  await getDatabase();
  if (getEnv().SEED_DEMO_LOGIN) await seedDemoLogin();
  // Retries mail whose first attempt failed (every 30 s).
  startMailWorker();
}
