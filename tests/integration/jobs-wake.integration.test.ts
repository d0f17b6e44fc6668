import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { enqueue, getBoss, stopBoss } from "@/lib/jobs/boss";
import { WEBHOOK_PROCESS } from "@/lib/notices/queues";
import { startJobWorkers } from "@/lib/jobs/start";
import { PORTAL_JOBS } from "@/lib/portal-jobs";
import { backends, withTestDatabase } from "../support/database";
import { until } from "../support/until";

/**
 * On the embedded database the workers poll their queues only once a minute (each poll is a query
 * of the WASM Postgres inside the server): a job queued by the portal itself wakes its worker, and
 * jobs pg-boss makes ready on its own (recurring passes, retries) are found by one watching query.
 * The waits below stay well under that minute.
 */

async function completed(id: string | null): Promise<boolean> {
  expect(id).toBeTruthy();
  const job = await (await getBoss()).getJobById(WEBHOOK_PROCESS.name, id!);
  return job?.state === "completed";
}

beforeAll(() => {
  Object.assign(process.env, {
    IMIN_API_KEY: "wake-test-key",
    IMIN_CHECKOUT_URL: "http://127.0.0.1:9",
    IMIN_WEBHOOK_API_KEY: "wake-webhook-key",
    AUTH_SECRET: "w".repeat(40),
    PORTAL_URL: "http://localhost:3997",
    SMTP_URL: "smtp://127.0.0.1:9",
    MAIL_FROM: "no-reply@acme.example",
    BROKER_CONFIG: "brands/default.json",
    IMIN_LOG: "silent",
  });
  resetEnvCache();
});

describe.each(backends)("waking the job workers on $name", ({ name }) => {
  withTestDatabase(name);

  beforeAll(async () => {
    await startJobWorkers(PORTAL_JOBS, { scanMinutes: 5 });
  });
  afterAll(async () => {
    await stopBoss(0);
  });

  test("a job the portal queues (a webhook's processing) runs at once", async () => {
    const id = await enqueue(WEBHOOK_PROCESS, { iminCustomerId: "nobody-here" });
    await until("the job to complete", () => completed(id));
  });

  test("a job queued to start shortly runs when it falls due", async () => {
    const id = await enqueue(WEBHOOK_PROCESS, { iminCustomerId: "nobody-here" }, { startAfter: new Date(Date.now() + 3000) });
    expect(await completed(id)).toBe(false);
    await until("the job to complete", () => completed(id));
  });

  test("a job pg-boss queues on its own, outside the portal's enqueue, is found and run", async () => {
    // After a job its worker looks once more 2 s later; past that it sleeps until woken.
    await new Promise((r) => setTimeout(r, 3000));
    const id = await (await getBoss()).send(WEBHOOK_PROCESS.name, { iminCustomerId: "nobody-here" });
    await until("the job to complete", () => completed(id));
  });
});
