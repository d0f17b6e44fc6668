import "server-only";
import { getDatabase } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { bossDb } from "./boss-db";
import { jobsStatus } from "./status";

export interface JobsSummary {
  ok: boolean;
  /** Whether this process runs workers (`false`: `npm run worker` does). */
  workersHere: boolean;
  waiting: number;
  failed: number;
  /** Queues with failed jobs; `npm run jobs` shows each with its reason. */
  failedQueues: string[];
}

/** The job line of /api/health: counts only, never job data or error text. */
export async function jobsSummary(): Promise<JobsSummary> {
  const workersHere = getEnv().JOBS_WORKERS === "true";
  try {
    const { queues } = await jobsStatus(bossDb(await getDatabase()), 0);
    return {
      ok: true,
      workersHere,
      waiting: queues.reduce((n, q) => n + q.waiting, 0),
      failed: queues.reduce((n, q) => n + q.failed, 0),
      failedQueues: queues.filter((q) => q.failed > 0).map((q) => q.name),
    };
  } catch {
    return { ok: false, workersHere, waiting: 0, failed: 0, failedQueues: [] };
  }
}
