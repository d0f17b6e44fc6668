import { afterAll, beforeAll } from "vitest";
import { startSandbox, type StartSandboxOptions } from "@/sandbox/main";
import type { SandboxContext } from "@/sandbox/context";
import { setTestEnv } from "./env";

export const TEST_API_KEY = "test-sandbox-key";

export interface TestSandbox {
  url: string;
  apiKey: string;
  ctx: SandboxContext;
  /** The SMTP catcher's port, when started with `smtpPort`. */
  smtpPort?: number;
  close(): Promise<void>;
  /**
   * fetch against the sandbox with the API key. `json` is sent as a JSON body;
   * `key: null` omits the key, a string replaces it.
   */
  api(path: string, init?: RequestInit & { json?: unknown; key?: string | null }): Promise<Response>;
  /** `api` + parse the JSON body (status and body returned together). */
  apiJson<T = any>(path: string, init?: RequestInit & { json?: unknown; key?: string | null }): Promise<{ status: number; body: T }>;
}

/** A sandbox on a random free port for one test file; quick webhook retries by default. */
export async function startTestSandbox(opts: StartSandboxOptions = {}): Promise<TestSandbox> {
  const running = await startSandbox({
    port: 0,
    apiKey: TEST_API_KEY,
    erasureDelayMs: 50,
    ...opts,
    webhookRetry: { baseDelayMs: 10, maxDelayMs: 50, jitter: 0, timeoutMs: 2000, ...opts.webhookRetry },
  });
  const apiKey = opts.apiKey ?? TEST_API_KEY;
  const api: TestSandbox["api"] = (path, init = {}) => {
    const { json, key, headers, ...rest } = init;
    const h = new Headers(headers);
    if (key !== null) h.set("X-API-KEY", key ?? apiKey);
    if (json !== undefined) h.set("content-type", "application/json");
    return fetch(`${running.url}${path}`, {
      ...rest,
      headers: h,
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  };
  return {
    url: running.url,
    apiKey,
    ctx: running.ctx,
    smtpPort: running.smtpPort,
    close: running.close,
    api,
    async apiJson(path, init) {
      const res = await api(path, init);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}

/** The portal's configuration with this sandbox as imin. */
function sandboxAsIminEnv(sb: TestSandbox): Record<string, string> {
  return {
    IMIN_API_KEY: sb.apiKey,
    IMIN_BOOKING_API_URL: sb.ctx.urls.booking,
    IMIN_EVENTS_API_URL: sb.ctx.urls.events,
    IMIN_FIREHOSE_URL: `${sb.ctx.urls.public}/firehose`,
    IMIN_CHECKOUT_URL: sb.ctx.urls.checkout,
    IMIN_WEBHOOK_API_KEY: "test-webhook-key",
    AUTH_SECRET: "x".repeat(40),
  };
}

/** Points the portal's configuration at this sandbox as imin (with `extra` on top) and makes it reread. */
export function useSandboxAsImin(sb: TestSandbox, extra: Record<string, string> = {}): void {
  setTestEnv({ ...sandboxAsIminEnv(sb), ...extra });
}

/** A test sandbox (`startTestSandbox(opts)`) that the portal then uses as imin, with `extra(sb)` on top. */
export async function startSandboxAsImin(
  opts: StartSandboxOptions = {},
  extra: (sb: TestSandbox) => Record<string, string> = () => ({}),
): Promise<TestSandbox> {
  const sb = await startTestSandbox(opts);
  setTestEnv({ ...sandboxAsIminEnv(sb), ...extra(sb) });
  return sb;
}

/** The configuration of a portal at `portalUrl` that sends its mail to the sandbox's mail catcher (`smtpPort: 0`). */
export const mailingTo = (portalUrl: string) => (sb: TestSandbox) => ({
  PORTAL_URL: portalUrl,
  SMTP_URL: `smtp://localhost:${sb.smtpPort}`,
  MAIL_FROM: "no-reply@acme.example",
  BROKER_CONFIG: "brands/default.json",
});

/**
 * The file's sandbox as the portal's imin (`startSandboxAsImin`): started before its tests, closed
 * after them. Use it inside hooks and tests only.
 */
export function withSandboxAsImin(
  opts: StartSandboxOptions = {},
  extra: (sb: TestSandbox) => Record<string, string> = () => ({}),
): TestSandbox {
  let started: TestSandbox | undefined;
  beforeAll(async () => {
    started = await startSandboxAsImin(opts, extra);
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = () => {
    if (!started) throw new Error("The test sandbox starts in beforeAll: use it inside a hook or test.");
    return started;
  };
  return {
    get url() {
      return current().url;
    },
    get apiKey() {
      return current().apiKey;
    },
    get ctx() {
      return current().ctx;
    },
    get smtpPort() {
      return current().smtpPort;
    },
    close: () => current().close(),
    api: (path, init) => current().api(path, init),
    apiJson: (path, init) => current().apiJson(path, init),
  };
}
