import PgBoss from "pg-boss";
import { afterAll, describe, expect, test } from "vitest";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { bossDb } from "@/lib/jobs/boss-db";
import { DEAD_LETTER } from "@/lib/jobs/queues";
import { jobsStatus } from "@/lib/jobs/status";
import { backends, withTestDatabase } from "../support/database";
import { until } from "../support/until";

describe.each(backends)("job queue on $name", ({ name }) => {
  const t = withTestDatabase(name);
  afterAll(async () => {
    await stopBoss(0);
  });

  test("each job runs once, however many workers take from the queue", async () => {
    const boss = await getBoss({ maintain: true });
    await boss.createQueue("test-once", { name: "test-once" });
    // A second, independent queue client on the same database: another instance of the portal.
    const other = new PgBoss({ db: bossDb(t.database), supervise: false, schedule: false, migrate: false });
    await other.start();
    const runs = new Map<string, number>();
    const byWorker = { first: 0, second: 0 };
    const handler = (worker: keyof typeof byWorker) => async (jobs: PgBoss.Job[]) => {
      for (const job of jobs) {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        byWorker[worker] += 1;
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    try {
      await boss.work("test-once", { pollingIntervalSeconds: 0.5, batchSize: 3 }, handler("first"));
      await other.work("test-once", { pollingIntervalSeconds: 0.5, batchSize: 3 }, handler("second"));
      const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => boss.send("test-once", { n: i })));
      await until("every job to finish", async () => (await boss.getQueueSize("test-once", { before: "completed" })) === 0);
      expect([...runs.keys()].sort()).toEqual([...ids].sort());
      expect([...runs.values()].every((n) => n === 1)).toBe(true);
      expect(byWorker.first + byWorker.second).toBe(30);
    } finally {
      await boss.offWork("test-once");
      await other.stop({ graceful: false, close: false });
    }
  });

  test("a failing job is retried with back-off, then kept as failed with its reason and dead-lettered", async () => {
    const boss = await getBoss({ maintain: true });
    await boss.createQueue("test-failing", {
      name: "test-failing",
      retryLimit: 2,
      retryDelay: 1,
      retryBackoff: true,
      deadLetter: DEAD_LETTER,
    });
    const attempts: number[] = [];
    await boss.work("test-failing", { pollingIntervalSeconds: 0.5 }, async () => {
      attempts.push(Date.now());
      throw new Error("imin answered 503 Service Unavailable");
    });
    try {
      const id = (await boss.send("test-failing", { order: "o-1" }))!;
      const job = await until("the job to fail for good", async () => {
        const j = await boss.getJobById("test-failing", id, { includeArchive: true });
        return j?.state === "failed" ? j : undefined;
      });
      expect(attempts).toHaveLength(3);
      expect(job.retryCount).toBe(2);
      // Back-off: the second wait is longer than the first.
      expect(attempts[2]! - attempts[1]!).toBeGreaterThan(attempts[1]! - attempts[0]!);

      const status = await jobsStatus(boss.getDb());
      const dead = status.dead.find((d) => d.id === id);
      expect(dead).toMatchObject({ queue: "test-failing", retries: 2, reason: "imin answered 503 Service Unavailable" });
      expect(status.queues.find((q) => q.name === "test-failing")).toMatchObject({ waiting: 0, failed: 1 });
      const [copy] = await boss.fetch(DEAD_LETTER);
      expect(copy?.data).toEqual({ order: "o-1" });
      // Nobody works the dead-letter queue: nothing is retried for ever.
      await new Promise((r) => setTimeout(r, 1500));
      expect(attempts).toHaveLength(3);
    } finally {
      await boss.offWork("test-failing");
    }
  }, 60_000);
});
