/**
 * The portal's HTTP server: Next.js behind a plain Node server, run by `npm start` (and the e2e
 * and benchmark harnesses) instead of `next start`.
 *
 *   node scripts/serve.mjs [--dev] [-p PORT] [-H HOST]
 *
 * Next.js does not give route handlers or server actions the TCP peer address, and it trusts a
 * client-sent X-Forwarded-For. This server removes any client-sent `x-portal-client-ip` /
 * `x-portal-client-ip-key`, then writes the socket address and a key made for this process, which
 * lib/auth/client-ip.ts checks before it believes the address (TRUSTED_PROXY_HOPS=0).
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { withPageCache } from "./page-cache.mjs";
import { withGoneStatus } from "./gone-status.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const arg = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const dev = args.includes("--dev");
const port = Number(arg("-p") ?? process.env.PORT ?? 3000);
const hostname = arg("-H");

const CLIENT_IP_HEADER = "x-portal-client-ip";
const CLIENT_IP_KEY_HEADER = "x-portal-client-ip-key";
const key = randomBytes(24).toString("base64url");
process.env.PORTAL_CLIENT_IP_KEY = key;
// The benchmarks find the server process by this name, as `next start` sets it.
process.title = "next-server (portal)";

const app = next({ dev, dir: root, port, hostname: hostname ?? "localhost" });
// In production the signed-out `/` and `/sign-in` are answered from a kept rendering with a fresh nonce (page-cache.mjs).
// A cancelled or unlisted session's page answers 410 rather than its 404 (gone-status.mjs).
const handle = withGoneStatus(dev ? app.getRequestHandler() : withPageCache(app.getRequestHandler()));
await app.prepare();
const upgrade = app.getUpgradeHandler();

function stamp(req) {
  delete req.headers[CLIENT_IP_HEADER];
  delete req.headers[CLIENT_IP_KEY_HEADER];
  req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? "";
  req.headers[CLIENT_IP_KEY_HEADER] = key;
}

// The OpenID Provider (lib/oidc/handler.ts) is a Koa app inside the Next.js bundle, published on
// globalThis once instrumentation has built it; its paths never reach Next.js.
const OIDC_HANDLER = Symbol.for("imin-portal.oidc-handler");
const isOidcPath = (url = "/") => {
  const path = url.split("?")[0];
  return path === "/.well-known/openid-configuration" || path === "/oidc" || path.startsWith("/oidc/");
};

// Request ids, request metrics and the request log line (lib/observability/requests.ts), published by instrumentation.
const OBSERVE = Symbol.for("imin-portal.observe-request");

const server = createServer((req, res) => {
  stamp(req);
  const observe = globalThis[OBSERVE];
  if (observe) observe(req, res, () => respond(req, res));
  else respond(req, res);
});

function respond(req, res) {
  if (isOidcPath(req.url)) {
    const oidc = globalThis[OIDC_HANDLER];
    if (oidc) oidc(req, res);
    else {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("The OpenID Provider is not ready yet.");
    }
    return;
  }
  handle(req, res).catch((e) => {
    console.error("request failed", e instanceof Error ? e.message : e);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
}
server.on("upgrade", (req, socket, head) => {
  stamp(req);
  upgrade(req, socket, head);
});
server.listen(port, hostname, () => {
  console.log(`Next.js ${dev ? "dev" : "production"} server on http://${hostname ?? "localhost"}:${port}`);
});

const stop = () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
