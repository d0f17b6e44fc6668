/**
 * `npm start` (and `npm run dev` with --dev): builds when needed, starts the local imin sandbox when
 * no IMIN_API_KEY is set, prepares DATA_DIR and AUTH_SECRET, then runs Next.js on PORT (3000).
 * Migrations run (and the sandbox demo login is seeded) when the server starts (instrumentation.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadBrokerConfig } from "../lib/broker/config";
import { authSecretFile, ConfigError, parseEnv } from "../lib/env";
import { DEMO_STAFF } from "../lib/staff/demo-login";

const root = path.resolve(__dirname, "..");
process.chdir(root);
const dev = process.argv.includes("--dev");
const env: Record<string, string | undefined> = { ...process.env };

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const st = statSync(target);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "auth.ts",
  "auth.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

function needsBuild(distDir: string): boolean {
  const buildId = path.join(distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((p) => newestMtime(p) > builtAt);
}

/** The broker's name for the sandbox's "Sign in at …"; an unreadable config is reported later, by name. */
function brokerNameOf(file: string): string | undefined {
  try {
    return loadBrokerConfig(file).name;
  } catch {
    return undefined;
  }
}

async function waitForHealth(url: string, child: ReturnType<typeof spawn>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200 || res.status === 503) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

async function main() {
  const port = Number(env.PORT || 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`Invalid configuration: PORT must be a port number (got "${env.PORT}")`);
  env.PORT = String(port);
  env.DATA_DIR ||= ".data";
  mkdirSync(env.DATA_DIR, { recursive: true });

  // Embedded default: no imin key means the local sandbox.
  let sandbox: { url: string; smtpPort?: number; close(): Promise<void> } | undefined;
  const sandboxMode = !env.IMIN_API_KEY;
  if (sandboxMode) {
    const sandboxPort = Number(env.SANDBOX_PORT || 4010);
    const smtpPort = Number(env.SANDBOX_SMTP_PORT || 4025);
    const apiKey = env.SANDBOX_API_KEY || "sandbox-api-key";
    const webhookKey = env.IMIN_WEBHOOK_API_KEY || randomBytes(24).toString("hex");
    const { startSandbox } = await import("../sandbox/main");
    // imin's Card Details app (the sandbox's /cards) signs customers in at the portal's OpenID
    // Provider: one client, its secret made for this run, unless CARD_DETAILS_URL names another app.
    const cardDetails = env.CARD_DETAILS_URL
      ? undefined
      : {
          issuer: (env.PORTAL_URL || `http://localhost:${port}`).replace(/\/+$/, ""),
          clientId: "imin-card-details",
          clientSecret: randomBytes(24).toString("hex"),
          brokerName: brokerNameOf(env.BROKER_CONFIG || "brands/default.json"),
        };
    try {
      sandbox = await startSandbox({
        port: sandboxPort,
        apiKey,
        webhookUrl: `http://localhost:${port}/api/webhooks/imin`,
        webhookApiKey: webhookKey,
        quiet: true,
        smtpPort,
        cardDetails,
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      fail(
        err.code === "EADDRINUSE"
          ? `Sandbox port ${sandboxPort} or mail port ${smtpPort} is in use: set SANDBOX_PORT or SANDBOX_SMTP_PORT to a free port.`
          : `Sandbox failed to start: ${err.message}`,
      );
    }
    Object.assign(env, {
      IMIN_API_KEY: apiKey,
      IMIN_BOOKING_API_URL: `${sandbox.url}/api/v2`,
      IMIN_EVENTS_API_URL: `${sandbox.url}/events-api/v2`,
      IMIN_FACILITIES_API_URL: `${sandbox.url}/facilities-api/v2`,
      IMIN_FIREHOSE_URL: `${sandbox.url}/firehose`,
      IMIN_CHECKOUT_URL: sandbox.url,
      IMIN_WEBHOOK_API_KEY: webhookKey,
      IMIN_SANDBOX: "true",
      SEED_DEMO_LOGIN: "true",
      // Mail goes to the sandbox's catcher, read at <sandbox>/mail.
      SMTP_URL: env.SMTP_URL || `smtp://localhost:${sandbox.smtpPort}`,
      MAIL_FROM: env.MAIL_FROM || "no-reply@portal.example",
    });
    if (cardDetails) {
      Object.assign(env, {
        CARD_DETAILS_URL: `${sandbox.url}/cards`,
        CARD_DETAILS_CLIENT_ID: cardDetails.clientId,
        CARD_DETAILS_CLIENT_SECRET: cardDetails.clientSecret,
        CARD_DETAILS_REDIRECT_URIS: `${sandbox.url}/cards/callback`,
      });
    }
    // The sandbox keeps its customers in memory, so they are gone after a restart (and their
    // identifiers are handed out again). Logins mapped to them must go too: reset the embedded database.
    if (!env.DATABASE_URL) {
      rmSync(path.join(env.DATA_DIR, "pglite"), { recursive: true, force: true });
    } else {
      console.warn("Sandbox mode with DATABASE_URL: logins from earlier runs point at sandbox customers that no longer exist.");
    }
    // Served over plain http on this machine: the session cookie cannot be Secure.
    env.AUTH_SECURE_COOKIES ||= "false";
    env.PORTAL_URL ||= `http://localhost:${port}`;
  } else {
    env.IMIN_SANDBOX = "false";
    env.SEED_DEMO_LOGIN = "false";
  }

  // AUTH_SECRET: from the environment, else generated once and kept in DATA_DIR (not in production).
  if (!env.AUTH_SECRET) {
    const file = authSecretFile(env.DATA_DIR);
    if (!existsSync(file)) {
      if (env.NODE_ENV === "production") fail("Invalid configuration: AUTH_SECRET is required in production");
      writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
    }
    env.AUTH_SECRET = readFileSync(file, "utf8").trim();
  }

  try {
    // Validated as the server will run (production rules unless --dev).
    parseEnv({ ...env, NODE_ENV: dev ? "development" : "production" });
    loadBrokerConfig(env.BROKER_CONFIG || "brands/default.json");
  } catch (e) {
    await sandbox?.close();
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }

  const nextBin = path.join(root, "node_modules/next/dist/bin/next");
  const distDir = env.NEXT_DIST_DIR || ".next";
  if (!dev && needsBuild(distDir)) {
    console.log(`Building the portal (${distDir})…`);
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      env: { ...env, NODE_ENV: "production" } as NodeJS.ProcessEnv,
    });
    if (build.status !== 0) {
      await sandbox?.close();
      fail("The build failed (see above).");
    }
  }

  // scripts/serve.mjs: Next.js behind a small Node server that hands it the client's socket address.
  const serve = path.join(root, "scripts/serve.mjs");
  const child = spawn(process.execPath, [serve, ...(dev ? ["--dev"] : []), "-p", String(port)], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: dev ? "development" : "production" } as NodeJS.ProcessEnv,
  });
  const stop = (signal: NodeJS.Signals) => {
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code) => {
    await sandbox?.close();
    process.exit(code ?? 0);
  });

  const url = `http://localhost:${port}`;
  if (await waitForHealth(url, child, dev ? 180_000 : 90_000)) {
    const lines = [`Portal ready: ${url}`];
    if (sandboxMode) {
      lines.push(
        `imin sandbox: ${sandbox!.url} (key "${env.IMIN_API_KEY}")`,
        `Demo login:   demo@example.com / sandbox-demo-2026`,
        `Staff login:  ${DEMO_STAFF.email} / ${DEMO_STAFF.password}  (TOTP secret ${DEMO_STAFF.totpSecret})`,
        `Staff console: ${url}/staff`,
        `Mail inbox:   ${sandbox!.url}/mail`,
        `Cards app:    ${env.CARD_DETAILS_URL}`,
      );
    } else {
      lines.push(`imin: ${env.IMIN_BOOKING_API_URL}`);
    }
    console.log(`\n${lines.join("\n")}\n`);
  }
}

void main();
