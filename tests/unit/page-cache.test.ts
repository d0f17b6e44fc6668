import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, test } from "vitest";
// @ts-expect-error -- a plain .mjs file, without type declarations
import { withPageCache } from "../../scripts/page-cache.mjs";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Stands in for Next.js: a page with this response's nonce in the CSP and on its scripts, written in two chunks. */
function fakeNext(opts: { setCookie?: boolean; status?: number } = {}) {
  const rendered: string[] = [];
  const handle: Handler = async (req, res) => {
    rendered.push(req.url ?? "");
    const nonce = randomBytes(16).toString("base64");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Content-Security-Policy", `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    if (opts.setCookie) res.setHeader("Set-Cookie", "a=b");
    res.statusCode = opts.status ?? 200;
    res.write(`<html><head><script src="/a.js" nonce="${nonce}"></script></head>`);
    res.end(
      `<body>${req.url} seen with ${req.headers["accept-encoding"] ?? "no encoding"}<script nonce="${nonce}">self.x=1</script></body></html>`,
    );
  };
  return { handle, rendered };
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handle: Handler) {
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(base + path, { headers: { "accept-encoding": "identity", ...headers } });
    const html = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    return { res, html, nonce };
  };
}

describe("signed-out page cache (scripts/page-cache.mjs)", () => {
  test("/ and /sign-in are rendered once and answered again with a fresh nonce in the header and on every script", async () => {
    const next = fakeNext();
    const get = await serve(withPageCache(next.handle));
    const nonces = new Set<string>();
    for (let i = 0; i < 4; i++) {
      for (const path of ["/", "/sign-in"]) {
        const { res, html, nonce } = await get(path);
        expect(res.status).toBe(200);
        expect(res.headers.get("x-frame-options")).toBe("DENY");
        expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
        expect(nonces.has(nonce!)).toBe(false);
        nonces.add(nonce!);
        const scriptNonces = [...html.matchAll(/<script[^>]*nonce="([^"]+)"/g)].map((m) => m[1]);
        expect(scriptNonces).toEqual([nonce, nonce]);
        expect(html).toContain(`<body>${path} seen`);
      }
    }
    expect(next.rendered).toEqual(["/", "/sign-in"]);
  });

  test("a visitor with a session cookie, a query, a router request or another path is rendered every time", async () => {
    const next = fakeNext();
    const get = await serve(withPageCache(next.handle));
    const requests: [string, Record<string, string>][] = [
      ["/", { cookie: "theme=dark; authjs.session-token=abc" }],
      ["/sign-in", { cookie: "__Secure-authjs.session-token.0=abc" }],
      ["/sign-in?callbackUrl=%2Fbookings", {}],
      ["/sign-in", { rsc: "1" }],
      ["/sign-in", { "next-router-prefetch": "1" }],
      ["/sign-in", { "x-middleware-subrequest": "middleware" }],
      ["/sign-up", {}],
    ];
    for (const round of [1, 2])
      for (const [path, headers] of requests) expect((await get(path, headers)).res.status, `${path} ${round}`).toBe(200);
    expect(next.rendered).toHaveLength(requests.length * 2);
  });

  test("browsers share one rendering whatever their User-Agent; a crawler, which Next.js renders differently, gets its own", async () => {
    const next = fakeNext();
    const get = await serve(withPageCache(next.handle));
    const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    const chrome = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0 Mobile Safari/537.36";
    const googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    for (const ua of [firefox, chrome, googlebot, googlebot, firefox]) await get("/sign-in", { "user-agent": ua });
    expect(next.rendered).toHaveLength(2);
  });

  test("a page that sets a cookie or is not a 200 is never kept", async () => {
    for (const opts of [{ setCookie: true }, { status: 404 }]) {
      const next = fakeNext(opts);
      const get = await serve(withPageCache(next.handle));
      await get("/sign-in");
      await get("/sign-in");
      expect(next.rendered).toHaveLength(2);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });

  test("a kept page is compressed for a browser that accepts gzip, and rendered again after a minute", async () => {
    const next = fakeNext();
    let now = 0;
    const get = await serve(withPageCache(next.handle, { now: () => now }));
    await get("/", { "accept-encoding": "gzip, br" });
    expect(next.rendered).toHaveLength(1);
    // fetch undoes the gzip itself.
    const { res, html, nonce } = await get("/", { "accept-encoding": "gzip" });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(html).toContain(`<script nonce="${nonce}">self.x=1</script>`);
    expect(next.rendered).toHaveLength(1);
    now += 61_000;
    await get("/");
    expect(next.rendered).toHaveLength(2);
  });
});

test("a kept page's gzip is a valid stream of the page with the fresh nonce (CRC and length checked), on a larger page too", async () => {
  // A page past deflate's 32 KB window, its nonce in many places, non-ASCII text between them.
  const filler = "Archebu sesiwn · £6.50 — ".repeat(2000);
  const handle: Handler = async (_req, res) => {
    const nonce = randomBytes(16).toString("base64");
    res.setHeader("Content-Security-Policy", `script-src 'nonce-${nonce}'`);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(`<html>${Array.from({ length: 12 }, (_, i) => `<script nonce="${nonce}">${i}</script>${filler}`).join("")}</html>`);
  };
  await serve(withPageCache(handle));
  const port = (server!.address() as AddressInfo).port;
  const raw = (headers: Record<string, string>) =>
    new Promise<{ body: Buffer; csp: string }>((resolve, reject) => {
      request({ port, host: "127.0.0.1", path: "/", headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ body: Buffer.concat(chunks), csp: String(res.headers["content-security-policy"]) }));
      })
        .on("error", reject)
        .end();
    });
  await raw({});
  const zipped = await raw({ "accept-encoding": "gzip" });
  const nonce = /'nonce-([^']+)'/.exec(zipped.csp)![1];
  const html = gunzipSync(zipped.body).toString("utf8");
  expect(html).toBe(`<html>${Array.from({ length: 12 }, (_, i) => `<script nonce="${nonce}">${i}</script>${filler}`).join("")}</html>`);
  expect(zipped.body.length).toBeLessThan(html.length / 10);
});

describe("the page cache and languages (docs/features/languages.md)", () => {
  test("a rendering is kept per language asked for: Welsh and English visitors never get each other's page", async () => {
    const next = fakeNext();
    const get = await serve(withPageCache(next.handle));
    await get("/", { "accept-language": "cy-GB,cy;q=0.9" });
    await get("/", { "accept-language": "en-GB,en;q=0.9" });
    await get("/", { cookie: "NEXT_LOCALE=cy", "accept-language": "en-GB" });
    await get("/", { "accept-language": "fr-FR, cy;q=0.5" });
    await get("/", { cookie: "NEXT_LOCALE=en" });
    expect(next.rendered).toEqual(["/", "/"]);
  });
});
