import { mkdirSync } from "node:fs";
import path from "node:path";
import { startSandbox } from "../sandbox/main";
import { E2E, portalUrl } from "./support/env";
import { startPortal } from "./support/portal";

/**
 * Starts the sandbox (webhooks pointed at the portal) and one production portal for the whole
 * run. `E2E_SANDBOX_URL` set = use an already running sandbox and portal (manual loops).
 */
export default async function globalSetup() {
  mkdirSync(path.dirname(E2E.storageState), { recursive: true });
  if (process.env.E2E_SANDBOX_URL) return async () => {};

  const sandbox = await startSandbox({
    port: E2E.sandboxPort,
    apiKey: E2E.apiKey,
    webhookUrl: `${portalUrl()}/api/webhooks/imin`,
    webhookApiKey: E2E.webhookKey,
    erasureDelayMs: 200,
    quiet: true,
  });
  let portal;
  try {
    portal = await startPortal({ port: E2E.portalPort });
  } catch (e) {
    await sandbox.close();
    throw e;
  }
  return async () => {
    await portal.stop();
    await sandbox.close();
  };
}
