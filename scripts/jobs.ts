/**
 * `npm run jobs`: each queue with its waiting, active and failed jobs, then the jobs that ran out of
 * retries, with the reason their last attempt gave (job data is not printed: it may name a customer).
 * Reads DATABASE_URL (or the embedded database in DATA_DIR when the portal is not running).
 */
import { prepareStandalone, refuseSharedEmbeddedDatabase } from "./support/standalone";

prepareStandalone();

async function main() {
  await refuseSharedEmbeddedDatabase("npm run jobs");
  const { openDatabase } = await import("../lib/db/connect");
  const { bossDb } = await import("../lib/jobs/boss-db");
  const { jobsStatus } = await import("../lib/jobs/status");
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR || ".data", migrate: false });
  try {
    const status = await jobsStatus(bossDb(database), 50).catch((e: Error) => {
      if (/pgboss\.\w+" does not exist/.test(e.message)) return undefined;
      throw e;
    });
    if (!status) {
      console.info("No job queue in this database yet: the portal or `npm run worker` creates it when it starts.");
      return;
    }
    const width = Math.max(...status.queues.map((q) => q.name.length), 5);
    console.info(`${"queue".padEnd(width)}  waiting  active  failed`);
    for (const q of status.queues) {
      console.info(
        `${q.name.padEnd(width)}  ${String(q.waiting).padStart(7)}  ${String(q.active).padStart(6)}  ${String(q.failed).padStart(6)}`,
      );
    }
    console.info("");
    if (!status.dead.length) console.info("No failed jobs.");
    else console.info(`Failed jobs (out of retries, copied to the "dead-letter" queue), newest first:`);
    for (const d of status.dead) {
      console.info(`${d.failedAt?.toISOString() ?? "?"}  ${d.queue}  ${d.id}  after ${d.retries} retries: ${d.reason}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  console.error(`npm run jobs: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
