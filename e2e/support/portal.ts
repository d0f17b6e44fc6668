import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "@playwright/test";
import { E2E, sandboxUrl } from "./env";

export interface RunningPortal {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the portal server (scripts/serve.mjs) from the already-built dist dir (E2E_DIST_DIR, default .next-test) with a
 * fresh data dir, pointed at the e2e sandbox, and waits until /api/health answers.
 */
/** How an e2e portal reaches the e2e sandbox: as imin, and its mail catcher as the SMTP server. */
export function sandboxAsIminEnv(): Record<string, string> {
  const sandbox = sandboxUrl();
  return {
    IMIN_API_KEY: E2E.apiKey,
    IMIN_BOOKING_API_URL: `${sandbox}/api/v2`,
    IMIN_EVENTS_API_URL: `${sandbox}/events-api/v2`,
    IMIN_FACILITIES_API_URL: `${sandbox}/facilities-api/v2`,
    IMIN_FIREHOSE_URL: `${sandbox}/firehose`,
    IMIN_CHECKOUT_URL: sandbox,
    IMIN_WEBHOOK_API_KEY: E2E.webhookKey,
    IMIN_SANDBOX: "true",
    SMTP_URL: `smtp://localhost:${E2E.smtpPort}`,
    MAIL_FROM: "no-reply@portal.example",
  };
}

export async function startPortal(opts: {
  port: number;
  brokerConfig?: string;
  seedDemo?: boolean;
  /** More settings for this portal (e.g. GUEST_CHECKOUT), over the ones above. */
  env?: Record<string, string>;
}): Promise<RunningPortal> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-e2e-"));
  const sandbox = sandboxUrl();
  const child: ChildProcess = spawn(
    process.execPath,
    // As `npm start` runs it: Next.js behind scripts/serve.mjs, which passes on the socket address.
    [path.join(E2E.root, "scripts/serve.mjs"), "-p", String(opts.port), "-H", "127.0.0.1"],
    {
      cwd: E2E.root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: E2E.distDir,
        PORT: String(opts.port),
        PORTAL_URL: `http://localhost:${opts.port}`,
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        ...sandboxAsIminEnv(),
        IMIN_LOG: process.env.IMIN_LOG ?? "silent",
        AUTH_SECRET: randomBytes(32).toString("hex"),
        AUTH_SECURE_COOKIES: "false",
        BROKER_CONFIG: opts.brokerConfig ?? "brands/default.json",
        SEED_DEMO_LOGIN: opts.seedDemo === false ? "false" : "true",
        // Reminders: scan every minute (not every 5), so a spec sees a new booking's reminder soon.
        REMINDER_SCAN_MINUTES: "1",
        // The scan reads every customer's bookings at this pace; a full e2e run signs up hundreds,
        // so at the default 5 a second one pass outlasts the notifications spec's wait. The sandbox has no quota.
        REMINDER_SCAN_CALLS_PER_SECOND: "100",
        // Specs make the activities and venues they search for as they go: /book reads its lists each view.
        BOOK_LISTS_MINUTES: "0",
        // Every spec signs up from 127.0.0.1: the per-address cap (30 an hour) is tested in tests/integration.
        SIGN_UP_MAX_PER_IP_PER_HOUR: "1000",
        CARD_DETAILS_URL: `${sandbox}/cards`,
        CARD_DETAILS_CLIENT_ID: E2E.cardDetails.clientId,
        CARD_DETAILS_CLIENT_SECRET: E2E.cardDetails.clientSecret,
        CARD_DETAILS_REDIRECT_URIS: `${sandbox}/cards/callback`,
        NEXT_TELEMETRY_DISABLED: "1",
        ...opts.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
    if (process.env.E2E_PORTAL_LOGS) process.stdout.write(chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const url = `http://localhost:${opts.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`portal on ${opts.port} exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200 || res.status === 503) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`portal on ${opts.port} did not start within 60s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }

  return {
    url,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The second brand's portal (brands/riverside.json, from the same build) for the enclosing
 * describe block: started before its tests, stopped after them. `url()` once beforeAll has run.
 */
export function secondBrandPortal(startTimeoutMs: number): { url(): string } {
  let portal: RunningPortal | undefined;
  test.beforeAll(async () => {
    test.setTimeout(startTimeoutMs);
    portal = await startPortal({ port: E2E.brandPort, brokerConfig: "brands/riverside.json", seedDemo: true });
  });
  test.afterAll(async () => {
    await portal?.stop();
  });
  return { url: () => portal!.url };
}
