import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { E2E, portalUrl } from "./support/env";
import { type RunningPortal, startPortal } from "./support/portal";

/** Starts the sandbox in a child process (tsx) and resolves once it prints READY. */
function startSandboxProcess(): Promise<{ stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [path.join(E2E.root, "node_modules/tsx/dist/cli.mjs"), path.join(E2E.root, "e2e/support/sandbox-process.ts")],
    {
      cwd: E2E.root,
      env: {
        ...process.env,
        E2E_SANDBOX_PORT: String(E2E.sandboxPort),
        E2E_SMTP_PORT: String(E2E.smtpPort),
        E2E_IMIN_API_KEY: E2E.apiKey,
        E2E_WEBHOOK_URL: `${portalUrl()}/api/webhooks/imin`,
        E2E_WEBHOOK_KEY: E2E.webhookKey,
        E2E_PORTAL_URL: portalUrl(),
        E2E_CARD_DETAILS_SECRET: E2E.cardDetails.clientSecret,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("READY ")) resolve({ stop });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
    child.once("exit", (code) => reject(new Error(`sandbox exited (${code}):\n${output}`)));
    setTimeout(() => reject(new Error(`sandbox did not start within 60s:\n${output}`)), 60_000).unref();
  });
}

/**
 * Starts the sandbox (webhooks pointed at the portal) and one production portal for the whole
 * run. `E2E_SANDBOX_URL` set = use an already running sandbox and portal (manual loops).
 */
export default async function globalSetup() {
  mkdirSync(path.dirname(E2E.storageState), { recursive: true });
  if (process.env.E2E_SANDBOX_URL) return async () => {};

  const sandbox = await startSandboxProcess();
  let portal: RunningPortal;
  try {
    portal = await startPortal({ port: E2E.portalPort });
  } catch (e) {
    await sandbox.stop();
    throw e;
  }
  return async () => {
    await portal.stop();
    await sandbox.stop();
  };
}
