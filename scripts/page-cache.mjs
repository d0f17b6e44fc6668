/**
 * The signed-out `/` and `/sign-in` served like static pages, with the nonce CSP kept: a visitor
 * without a session cookie gets the same HTML every time (brand, sandbox badge and build are fixed
 * for the process), so scripts/serve.mjs keeps one rendering for a minute and answers from it with
 * a fresh nonce, put in place of the rendered one in the Content-Security-Policy and in the page
 * (128 random bits per response, as proxy.ts makes them). Anything that could change the page goes
 * to Next.js as before: a query, a session cookie, Next.js's router/action/internal headers, a
 * method other than GET, any other path. A rendering is kept only when it is a 200 HTML page with a
 * nonce and without Set-Cookie, and per Host, kind of User-Agent (Next.js renders bots differently) and
 * language asked for (`languageOf`).
 */
import { randomBytes } from "node:crypto";
import { constants, crc32, deflateRawSync } from "node:zlib";
// Next.js's own split of visitors: a JS-running crawler, an HTML-only bot (metadata not streamed), or a browser.
import isBotModule from "next/dist/shared/lib/router/utils/is-bot.js";

const { getBotType } = isBotModule;

const PATHS = new Set(["/", "/sign-in"]);
const TTL_MS = 60_000;
const MAX_ENTRIES = 64;
// The public timetable, session and slot pages (docs/features/public-pages.md), kept per full URL
// (their query is the search): shorter, as places left change, and more of them, still bounded.
const PUBLIC_PATH = /^\/book(?:\/(?!slot(?:\/|$))[^/?]+|\/slot\/[^/?]+)?$/;
const PUBLIC_TTL_MS = 30_000;
const MAX_PUBLIC_ENTRIES = 512;
// A page bigger than this is not kept (a bounded cache also in bytes: 512 entries × 1 MB at most).
const MAX_BODY_BYTES = 1_000_000;
// As proxy.ts: the session cookie's names (the __Secure- one when cookies are Secure).
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
// Next.js's client-router, prefetch, server-action and internal headers change what it answers.
const NEXT_HEADER = /^(rsc|purpose|sec-purpose|next-.*|x-middleware-.*|x-nextjs-.*|x-invoke-.*|x-now-.*|x-matched-path)$/;
const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;
// Set per response by Node or by this cache.
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding", "etag"]);

const newNonce = () => randomBytes(16).toString("base64");

// The page's language comes from the NEXT_LOCALE cookie or Accept-Language (lib/i18n/locales.ts,
// docs/features/languages.md): renderings are kept per language those ask for.
const LANGUAGES = new Set(["en", "cy"]);
const LOCALE_COOKIE = /(?:^|;)\s*NEXT_LOCALE=([^;]*)/;

/** The language a signed-out request asks for: its cookie's, else the first known one in Accept-Language ("" for none). */
export function languageOf(headers) {
  const cookie = LOCALE_COOKIE.exec(headers.cookie ?? "")?.[1]?.trim();
  if (cookie && LANGUAGES.has(cookie)) return cookie;
  const wanted = String(headers["accept-language"] ?? "")
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.trim().split("-")[0].toLowerCase(), q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((e) => LANGUAGES.has(e.lang) && e.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return wanted[0]?.lang ?? "";
}

/** Whether the request is for a public page (kept per full URL), rather than `/` or `/sign-in`. */
function isPublic(url) {
  return PUBLIC_PATH.test(url.split("?")[0] ?? "") && url.length <= 2000;
}

/** The cache key, or undefined when the request must be rendered. */
function keyOf(req) {
  if (req.method !== "GET" || !(PATHS.has(req.url ?? "") || isPublic(req.url ?? ""))) return undefined;
  if (SESSION_COOKIE.test(req.headers.cookie ?? "")) return undefined;
  if (Object.keys(req.headers).some((name) => NEXT_HEADER.test(name))) return undefined;
  const h = req.headers;
  return JSON.stringify([
    req.url,
    h.host,
    getBotType(h["user-agent"] ?? "") ?? "browser",
    h["x-forwarded-host"],
    h["x-forwarded-proto"],
    languageOf(h),
  ]);
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty final deflate block (fixed Huffman): ends the stream. */
const DEFLATE_END = Buffer.from([0x03, 0x00]);

/** Deflated and sync-flushed, not finished: a byte-aligned piece another piece can follow. */
function deflateUnfinished(bytes) {
  return deflateRawSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });
}

/**
 * The gzip of the kept page with the fresh nonce, from the parts deflated when it was kept: only the
 * nonce is compressed per answer, and the CRC taken (a deflate stream may be made of pieces each
 * compressed on its own, as long as only the last is final). Gzipping the whole page per answer cost
 * more than everything else a kept page's answer does.
 */
function gzipAround(entry, fresh) {
  const nonce = deflateUnfinished(fresh);
  const pieces = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  entry.parts.forEach((part, i) => {
    if (i) {
      pieces.push(nonce);
      crc = crc32(fresh, crc);
      size += fresh.length;
    }
    pieces.push(entry.deflated[i]);
    crc = crc32(part, crc);
    size += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  pieces.push(DEFLATE_END, trailer);
  return Buffer.concat(pieces);
}

/**
 * Wraps a Next.js request handler. `now` is for tests.
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>} handle
 */
export function withPageCache(handle, { now = Date.now } = {}) {
  /** @type {Map<string, { headers: [string, string | string[]][]; parts: Buffer[]; deflated: Buffer[]; expires: number }>} */
  const entries = new Map();
  /** The public pages' renderings, apart, so a flood of searches cannot push out `/` and `/sign-in`. */
  const publicEntries = new Map();
  const storeOf = (req) => (isPublic(req.url ?? "") ? publicEntries : entries);

  function serve(req, res, entry) {
    const nonce = newNonce();
    for (const [name, value] of entry.headers) {
      res.setHeader(name, name === "content-security-policy" ? String(value).replace(NONCE, `'nonce-${nonce}'`) : value);
    }
    // The kept page's bytes between the places its nonce stood, joined around the new one: no scan or
    // re-encoding of the page per answer.
    const fresh = Buffer.from(nonce);
    let body;
    if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      body = gzipAround(entry, fresh);
      res.setHeader("content-encoding", "gzip");
    } else {
      body = Buffer.concat(entry.parts.flatMap((part, i) => (i ? [fresh, part] : [part])));
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
      const body = Buffer.concat(chunks);
      if (
        keepable &&
        nonce &&
        res.statusCode === 200 &&
        !res.hasHeader("set-cookie") &&
        !res.hasHeader("content-encoding") &&
        /^text\/html/.test(String(res.getHeader("content-type") ?? "")) &&
        body.length <= MAX_BODY_BYTES
      ) {
        const store = storeOf(req);
        const max = store === entries ? MAX_ENTRIES : MAX_PUBLIC_ENTRIES;
        if (store.size >= max) store.delete(store.keys().next().value);
        const headers = Object.entries(res.getHeaders()).filter(([name]) => !HOP_HEADERS.has(name));
        const ttl = store === entries ? TTL_MS : PUBLIC_TTL_MS;
        const parts = body
          .toString("utf8")
          .split(nonce)
          .map((part) => Buffer.from(part));
        store.set(key, { headers, parts, deflated: parts.map(deflateUnfinished), expires: now() + ttl });
      }
      return end.call(this, chunk, ...rest);
    };
    return handle(req, res);
  }

  return async function handleWithPageCache(req, res) {
    const key = keyOf(req);
    if (!key) return handle(req, res);
    const store = storeOf(req);
    const entry = store.get(key);
    if (entry && entry.expires > now()) return serve(req, res, entry);
    store.delete(key);
    return renderAndKeep(req, res, key);
  };
}
