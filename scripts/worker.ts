/**
 * `npm run worker`: the job workers alone (mail retries, webhook processing, reminders, notice
 * mail), for brokers who run them apart from the portal (set JOBS_WORKERS=false there). Needs the
 * same configuration as the portal; several workers may run at once: each job goes to one of them.
 */
import { prepareStandalone, refuseSharedEmbeddedDatabase } from "./support/standalone";

prepareStandalone();

async function main() {
  await refuseSharedEmbeddedDatabase("npm run worker");
  const { ConfigError, getEnv } = await import("../lib/env");
  try {
    getEnv();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  // Traces (OTEL_EXPORTER_OTLP_ENDPOINT) and metrics (METRICS_PORT) for the jobs run here too.
  const { startObservability } = await import("../lib/observability/start");
  await startObservability();
  const { getDatabase } = await import("../lib/db/client");
  const { startJobWorkers } = await import("../lib/jobs/start");
  const { stopBoss } = await import("../lib/jobs/boss");
  const { PORTAL_JOBS } = await import("../lib/portal-jobs");
  const database = await getDatabase();
  await startJobWorkers(PORTAL_JOBS, { scanMinutes: getEnv().REMINDER_SCAN_MINUTES });
  console.info(`jobs: worker running on ${database.kind === "postgres" ? "Postgres" : "the embedded database"} (Ctrl+C stops it)`);
  const stop = async (signal: string) => {
    console.info(`jobs: ${signal}, finishing running jobs`);
    await stopBoss(20_000);
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e) => {
  console.error(`jobs: the worker stopped (${e instanceof Error ? e.message : String(e)})`);
  process.exit(1);
});
