import "server-only";
import { warmBookLists } from "@/lib/book/warm-lists";
import { getBrokerConfig } from "@/lib/broker/config";
import { getDatabase } from "@/lib/db/client";
import { seedDemoLogin } from "@/lib/db/seed";
import { ConfigError, getEnv } from "@/lib/env";
import { getBoss } from "@/lib/jobs/boss";
import { startJobWorkers } from "@/lib/jobs/start";
import { PORTAL_JOBS } from "@/lib/portal-jobs";
import { seedDemoStaff } from "@/lib/staff/demo";

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
  // /book's hourly lists (activities, venues) from imin now, not on the first customer's view.
  warmBookLists();
  if (getEnv().SEED_DEMO_LOGIN) await seedDemoLogin();
  if (getEnv().SEED_DEMO_LOGIN) await seedDemoStaff();
  // The job queue (mail retries, webhook processing, reminders): workers here unless JOBS_WORKERS=false
  // (then `npm run worker` runs them). A queue that cannot start is logged; pages still work.
  const env = getEnv();
  const jobs = env.JOBS_WORKERS === "true" ? startJobWorkers(PORTAL_JOBS, { scanMinutes: env.REMINDER_SCAN_MINUTES }) : getBoss();
  await jobs.catch((e: Error) => console.error(`jobs: the queue did not start (${e.message})`));
}
