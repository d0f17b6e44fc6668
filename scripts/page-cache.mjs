/**
 * The signed-out `/` and `/sign-in` served like static pages, with the nonce CSP kept: a visitor
 * without a session cookie gets the same HTML every time (brand, sandbox badge and build are fixed
 * for the process), so scripts/serve.mjs keeps one rendering for a minute and answers from it with
 * a fresh nonce, put in place of the rendered one in the Content-Security-Policy and in the page
 * (128 random bits per response, as proxy.ts makes them). Anything that could change the page goes
 * to Next.js as before: a query, a session cookie, Next.js's router/action/internal headers, a
 * method other than GET, any other path. A rendering is kept only when it is a 200 HTML page with a
 * nonce and without Set-Cookie, and per Host and kind of User-Agent (Next.js renders bots differently).
 */
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
// Next.js's own split of visitors: a JS-running crawler, an HTML-only bot (metadata not streamed), or a browser.
import isBotModule from "next/dist/shared/lib/router/utils/is-bot.js";

const { getBotType } = isBotModule;

const PATHS = new Set(["/", "/sign-in"]);
const TTL_MS = 60_000;
const MAX_ENTRIES = 64;
// As proxy.ts: the session cookie's names (the __Secure- one when cookies are Secure).
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
// Next.js's client-router, prefetch, server-action and internal headers change what it answers.
const NEXT_HEADER = /^(rsc|purpose|sec-purpose|next-.*|x-middleware-.*|x-nextjs-.*|x-invoke-.*|x-now-.*|x-matched-path)$/;
const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;
// Set per response by Node or by this cache.
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding", "etag"]);

const newNonce = () => randomBytes(16).toString("base64");

/** The cache key, or undefined when the request must be rendered. */
function keyOf(req) {
  if (req.method !== "GET" || !PATHS.has(req.url ?? "")) return undefined;
  if (SESSION_COOKIE.test(req.headers.cookie ?? "")) return undefined;
  if (Object.keys(req.headers).some((name) => NEXT_HEADER.test(name))) return undefined;
  const h = req.headers;
  return JSON.stringify([req.url, h.host, getBotType(h["user-agent"] ?? "") ?? "browser", h["x-forwarded-host"], h["x-forwarded-proto"]]);
}

/**
 * Wraps a Next.js request handler. `now` is for tests.
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>} handle
 */
export function withPageCache(handle, { now = Date.now } = {}) {
  /** @type {Map<string, { headers: [string, string | string[]][]; body: string; nonce: string; expires: number }>} */
  const entries = new Map();

  function serve(req, res, entry) {
    const nonce = newNonce();
    for (const [name, value] of entry.headers) {
      res.setHeader(name, name === "content-security-policy" ? String(value).replace(NONCE, `'nonce-${nonce}'`) : value);
    }
    let body = Buffer.from(entry.body.replaceAll(entry.nonce, nonce));
    if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      body = gzipSync(body);
      res.setHeader("content-encoding", "gzip");
    }
    res.setHeader("content-length", body.length);
    res.statusCode = 200;
    res.end(body);
  }

  /** Renders through Next.js (uncompressed, so the page can be kept) and keeps it when it may be. */
  function renderAndKeep(req, res, key) {
    delete req.headers["accept-encoding"];
    const chunks = [];
    let keepable = true;
    const { write, end, writeHead } = res;
    res.writeHead = function (status, ...rest) {
      const headers = typeof rest[0] === "string" ? rest[1] : rest[0];
      if (Array.isArray(headers)) keepable = false;
      else if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      return writeHead.call(this, status, ...(typeof rest[0] === "string" ? [rest[0]] : []));
    };
    const collect = (chunk, encoding) => {
      if (chunk && typeof chunk !== "function")
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
    };
    res.write = function (chunk, ...rest) {
      collect(chunk, rest[0]);
      return write.call(this, chunk, ...rest);
    };
    res.end = function (chunk, ...rest) {
      collect(chunk, rest[0]);
      const csp = String(res.getHeader("content-security-policy") ?? "");
      const nonce = NONCE.exec(csp)?.[1];
      if (
        keepable &&
        nonce &&
        res.statusCode === 200 &&
        !res.hasHeader("set-cookie") &&
        !res.hasHeader("content-encoding") &&
        /^text\/html/.test(String(res.getHeader("content-type") ?? ""))
      ) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value);
        const headers = Object.entries(res.getHeaders()).filter(([name]) => !HOP_HEADERS.has(name));
        entries.set(key, { headers, body: Buffer.concat(chunks).toString("utf8"), nonce, expires: now() + TTL_MS });
      }
      return end.call(this, chunk, ...rest);
    };
    return handle(req, res);
  }

  return async function handleWithPageCache(req, res) {
    const key = keyOf(req);
    if (!key) return handle(req, res);
    const entry = entries.get(key);
    if (entry && entry.expires > now()) return serve(req, res, entry);
    entries.delete(key);
    return renderAndKeep(req, res, key);
  };
}
