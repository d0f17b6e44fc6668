import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { clientIp } from "@/lib/auth/client-ip";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { API_CSP, DEFAULT_PERMISSIONS_POLICY, STATIC_SECURITY_HEADERS } from "@/lib/security/headers";
import { clientAuthBlocked, recordClientAuthFailure } from "./client-auth-limit";
import { cardDetailsClient, partialClientConfig } from "./client";
import { finishInteraction } from "./interaction";
import { describeError } from "./log-error";
import { type KeySet, loadKeySet } from "./keys";
import { createProvider, INTERACTION_PATH, OIDC_ROUTES } from "./provider";

/**
 * The Node request handler scripts/serve.mjs gives /.well-known/openid-configuration and /oidc/*
 * (oidc-provider is a Koa app; Next.js route handlers have no Node req/res). Published on
 * globalThis, as the database connection is, because serve.mjs and the Next.js bundle are the
 * same process but not the same module graph.
 */
const OIDC_HANDLER_KEY = Symbol.for("imin-portal.oidc-handler");
type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** How often an instance looks for a key rotated by another process (`npm run oidc-keys rotate`). */
const KEY_CHECK_MS = 60_000;

interface Current {
  provider: Provider;
  callback: Handler;
  keys: KeySet;
  checkedAt: number;
}

type RequestWithClient = IncomingMessage & { oidcClientId?: string };

let current: Promise<Current> | undefined;

async function build(): Promise<Current> {
  const env = getEnv();
  const keys = await loadKeySet(await getDb(), env.AUTH_SECRET);
  const provider = createProvider({
    issuer: env.PORTAL_URL,
    authSecret: env.AUTH_SECRET,
    secureCookies: env.AUTH_SECURE_COOKIES,
    jwks: keys.signing,
  });
  // The client a refused token request named (client_secret_post has it in the body), for the limit.
  provider.use(async (ctx, next) => {
    await next();
    const clientId = ctx.oidc?.params?.client_id;
    if (ctx.path === OIDC_ROUTES.token && ctx.status === 401 && typeof clientId === "string")
      (ctx.req as RequestWithClient).oidcClientId = clientId;
  });
  const callback = provider.callback() as unknown as Handler;
  return { provider, callback, keys, checkedAt: Date.now() };
}

async function currentProvider(): Promise<Current> {
  current ??= build().catch((e) => {
    current = undefined;
    throw e;
  });
  const now = await current;
  if (Date.now() - now.checkedAt > KEY_CHECK_MS) {
    now.checkedAt = Date.now();
    const keys = await loadKeySet(await getDb(), getEnv().AUTH_SECRET);
    if (keys.kids.join() !== now.keys.kids.join()) current = build();
  }
  return current;
}

function securityHeaders(res: ServerResponse) {
  const env = getEnv();
  const formTargets = [...new Set((cardDetailsClient()?.redirect_uris ?? []).map((u) => new URL(u).origin))];
  // form_post responses submit to the app; the library adds its inline script's hash to script-src.
  const csp = `${API_CSP.replace("form-action 'none'", `form-action 'self' ${formTargets.join(" ")}`.trim())}; script-src 'self'`;
  const headers: [string, string][] = [
    ...STATIC_SECURITY_HEADERS.filter((h) => env.NODE_ENV === "production" || h.key !== "Strict-Transport-Security").map(
      (h) => [h.key, h.value] as [string, string],
    ),
    ["Permissions-Policy", DEFAULT_PERMISSIONS_POLICY],
    ["Content-Security-Policy", csp],
  ];
  for (const [k, v] of headers) res.setHeader(k, v);
  // Koa clears headers when it answers an uncaught error itself: put them back before writing.
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    for (const [k, v] of headers) if (!res.hasHeader(k)) res.setHeader(k, v);
    return writeHead(...args);
  }) as typeof res.writeHead;
}

/** The issuer's host and scheme, whatever the request said (TLS may end at a proxy). */
function pinOrigin(req: IncomingMessage) {
  const issuer = new URL(getEnv().PORTAL_URL);
  req.headers.host = issuer.host;
  req.headers["x-forwarded-proto"] = issuer.protocol.replace(":", "");
  delete req.headers["x-forwarded-host"];
  delete req.headers.forwarded;
}

function nodeHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  return headers;
}

function basicClientId(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  if (!auth?.toLowerCase().startsWith("basic ")) return undefined;
  const decoded = Buffer.from(auth.slice(6), "base64").toString("utf8");
  const id = decoded.split(":")[0];
  try {
    return id ? decodeURIComponent(id) : undefined;
  } catch {
    return id;
  }
}

function sendJson(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  securityHeaders(res);
  pinOrigin(req);
  const path = (req.url ?? "/").split("?")[0]!;
  // Next.js fetches a redirect target with RSC headers (after the sign-in action, say): answer with
  // something that is not a flight response, so the browser navigates there itself.
  if (req.headers.rsc === "1") {
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    res.end("Open this address in the browser.");
    return;
  }
  const { provider, callback } = await currentProvider();
  if (path.startsWith(INTERACTION_PATH)) {
    await finishInteraction(provider, req, res, path.slice(INTERACTION_PATH.length));
    return;
  }
  if (path === OIDC_ROUTES.token && req.method === "POST") {
    const address = clientIp(nodeHeaders(req));
    if (await clientAuthBlocked(address)) {
      sendJson(
        res,
        429,
        { error: "invalid_client", error_description: "too many failed client authentications from this address; try again later" },
        { "retry-after": String(getEnv().SIGN_IN_WINDOW_MINUTES * 60) },
      );
      return;
    }
    res.once("finish", () => {
      if (res.statusCode !== 401) return;
      const clientId = basicClientId(req) ?? (req as RequestWithClient).oidcClientId ?? "unknown";
      recordClientAuthFailure(clientId, address).catch((e: Error) =>
        console.error(`oidc: could not record a failed client authentication (${describeError(e)})`),
      );
    });
  }
  await callback(req, res);
}

/** Builds the provider (keys made on first start) and publishes the handler for scripts/serve.mjs. */
export async function publishOidcHandler() {
  const partial = partialClientConfig();
  if (partial.length)
    console.warn(`oidc: the Card Details client is off until ${partial.join(", ")} ${partial.length > 1 ? "are" : "is"} set too`);
  const handler: Handler = (req, res) =>
    handle(req, res).catch((e: Error) => {
      console.error(`oidc: request failed (${describeError(e)})`);
      if (!res.headersSent) sendJson(res, 500, { error: "server_error", error_description: "the provider could not answer; try again" });
      else res.end();
    });
  (globalThis as Record<symbol, unknown>)[OIDC_HANDLER_KEY] = handler;
  // Keys are made now on a fresh database; a failure leaves the portal up and is retried per request.
  await currentProvider().catch((e: Error) => console.error(`oidc: the provider did not start (${describeError(e)})`));
}
