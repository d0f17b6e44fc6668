import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { createSandboxApp } from "./app";
import {
  type CardDetailsClientConfig,
  cardDetailsFromEnv,
  DEFAULT_API_KEY,
  DEFAULT_PORT,
  DEFAULT_SEED,
  faultsFromEnv,
  makeConfig,
  type WebhookRetryConfig,
} from "./config";
import { urlsFor, type SandboxContext } from "./context";
import { seedStore } from "./seed";
import { createClock } from "./store/clock";
import { Store } from "./store/store";
import type { FaultRule } from "./store/types";
import { WebhookDispatcher } from "./webhooks/dispatcher";
import { DEFAULT_SMTP_PORT, startMailCatcher, type MailCatcher } from "./mail/catcher";
import { Mailbox } from "./mail/mailbox";

export interface StartSandboxOptions {
  /** 0 = any free port. Default 4010. */
  port?: number;
  /** Interface to bind; default all (IPv6 and IPv4 where available), so `localhost` works either way. */
  hostname?: string;
  apiKey?: string;
  seed?: number;
  /** Base URL used in every id and link; default http://localhost:<port>. */
  publicBaseUrl?: string;
  webhookUrl?: string;
  webhookApiKey?: string;
  webhookRetry?: Partial<WebhookRetryConfig>;
  faults?: FaultRule[];
  bodyLimitBytes?: number;
  erasureDelayMs?: number;
  /** Start the clock at this instant (it keeps running). */
  now?: string;
  quiet?: boolean;
  /** Start the SMTP mail catcher on this port (0 = any free port); without it, no catcher runs. */
  smtpPort?: number;
  /** The Card Details app's OpenID client settings (issuer = the portal); without them /cards says it is not set up. */
  cardDetails?: CardDetailsClientConfig;
}

export interface RunningSandbox {
  url: string;
  ctx: SandboxContext;
  /** The SMTP catcher's port, when one was started (`smtpPort`). */
  smtpPort?: number;
  close(): Promise<void>;
}

/** Starts the sandbox HTTP server, seeded, and resolves once it listens. */
export async function startSandbox(opts: StartSandboxOptions = {}): Promise<RunningSandbox> {
  let handler: ((req: Request) => Response | Promise<Response>) | undefined;
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve(
      {
        fetch: (req) => (handler ? handler(req) : new Response("starting", { status: 503 })),
        port: opts.port ?? DEFAULT_PORT,
        ...(opts.hostname ? { hostname: opts.hostname } : {}),
      },
      () => resolve(s),
    );
    s.once("error", reject);
  });
  // Idle keep-alive sockets must outlive the client's (undici keeps them 4 s), or a request sent on a
  // socket the server is closing fails with ECONNRESET.
  const httpServer = server as import("node:http").Server;
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const port = (server.address() as AddressInfo).port;
  const publicBaseUrl = (opts.publicBaseUrl ?? `http://localhost:${port}`).replace(/\/+$/, "");
  const config = makeConfig({
    apiKey: opts.apiKey ?? DEFAULT_API_KEY,
    port,
    seed: opts.seed ?? DEFAULT_SEED,
    publicBaseUrl,
    webhookUrl: opts.webhookUrl,
    webhookApiKey: opts.webhookApiKey,
    webhookRetry: opts.webhookRetry as WebhookRetryConfig | undefined,
    faults: opts.faults ?? [],
    ...(opts.bodyLimitBytes ? { bodyLimitBytes: opts.bodyLimitBytes } : {}),
    ...(opts.erasureDelayMs !== undefined ? { erasureDelayMs: opts.erasureDelayMs } : {}),
    cardDetails: opts.cardDetails,
  });
  const store = new Store();
  const clock = createClock();
  if (opts.now) clock.set(opts.now);
  const urls = urlsFor(publicBaseUrl);
  const webhooks = new WebhookDispatcher(store, clock, config, urls.booking);
  const ctx: SandboxContext = {
    store,
    clock,
    config,
    webhooks,
    urls,
    mailbox: new Mailbox(),
    reseed(seed = config.seed) {
      webhooks.cancelPending();
      config.seed = seed;
      seedStore({ store, clock, urls, seed });
    },
  };
  ctx.reseed(config.seed);
  const app = createSandboxApp(ctx);
  handler = (req) => app.fetch(req);
  let smtp: MailCatcher | undefined;
  if (opts.smtpPort !== undefined) {
    smtp = await startMailCatcher({ mailbox: ctx.mailbox, port: opts.smtpPort, hostname: opts.hostname }).catch(async (err) => {
      await new Promise((r) => server.close(r));
      throw err;
    });
  }

  return {
    url: publicBaseUrl,
    ctx,
    smtpPort: smtp?.port,
    close: () =>
      new Promise<void>((resolve) => {
        webhooks.close();
        void smtp?.close();
        const srv = server as import("node:http").Server;
        srv.close(() => resolve());
        srv.closeAllConnections?.();
      }),
  };
}

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`[sandbox] ${name} must be a whole number, got "${raw}"`);
    process.exit(1);
  }
  return n;
}

async function runFromCommandLine(): Promise<void> {
  let faults: FaultRule[];
  let cardDetails: CardDetailsClientConfig | undefined;
  try {
    faults = faultsFromEnv(process.env);
    cardDetails = cardDetailsFromEnv(process.env);
  } catch (err) {
    console.error(`[sandbox] ${(err as Error).message}`);
    process.exit(1);
  }
  const port = envNumber("SANDBOX_PORT", DEFAULT_PORT);
  const smtpPort = envNumber("SANDBOX_SMTP_PORT", DEFAULT_SMTP_PORT);
  const sandbox = await startSandbox({
    port,
    hostname: process.env.SANDBOX_HOST || undefined,
    apiKey: process.env.SANDBOX_API_KEY || DEFAULT_API_KEY,
    seed: envNumber("SANDBOX_SEED", DEFAULT_SEED),
    publicBaseUrl: process.env.SANDBOX_PUBLIC_URL || undefined,
    webhookUrl: process.env.SANDBOX_WEBHOOK_URL || undefined,
    webhookApiKey: process.env.SANDBOX_WEBHOOK_API_KEY || undefined,
    faults,
    smtpPort,
    cardDetails,
  }).catch((err: NodeJS.ErrnoException) => {
    console.error(
      err.code === "EADDRINUSE"
        ? `[sandbox] port ${port} or ${smtpPort} is already in use (set SANDBOX_PORT or SANDBOX_SMTP_PORT)`
        : `[sandbox] ${err.message}`,
    );
    process.exit(1);
  });
  const keyNote = process.env.SANDBOX_API_KEY ? "from SANDBOX_API_KEY" : `default key "${DEFAULT_API_KEY}"`;
  console.log(`imin sandbox listening on ${sandbox.url} (X-API-KEY: ${keyNote}, seed ${sandbox.ctx.config.seed})`);
  console.log(`  Booking Platform: ${sandbox.ctx.urls.booking}`);
  console.log(`  Events API:       ${sandbox.ctx.urls.events}`);
  console.log(`  Checkout:         ${sandbox.ctx.urls.checkout}/api/checkout-sessions`);
  console.log(`  Mail (SMTP):      smtp://localhost:${sandbox.smtpPort}, inbox ${sandbox.url}/mail`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[sandbox] ${signal}: shutting down`);
    void sandbox.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) void runFromCommandLine();
