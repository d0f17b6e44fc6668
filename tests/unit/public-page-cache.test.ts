import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
// @ts-expect-error -- a plain .mjs file, without type declarations
import { withPageCache } from "../../scripts/page-cache.mjs";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
const SESSION = "authjs.session-token=abc";

/**
 * Stands in for Next.js: a page with this response's nonce, which shows the customer's address when
 * the request carries a session cookie (the signed-in view) and the public view otherwise.
 */
function fakeNext(opts: { bodyBytes?: number } = {}) {
  const rendered: string[] = [];
  const handle: Handler = async (req, res) => {
    rendered.push(req.url ?? "");
    const nonce = randomBytes(16).toString("base64");
    const signedIn = (req.headers.cookie ?? "").includes("authjs.session-token");
    res.setHeader("Content-Security-Policy", `script-src 'nonce-${nonce}' 'strict-dynamic'`);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.statusCode = 200;
    const padding = "x".repeat(opts.bodyBytes ?? 0);
    res.end(
      `<html><body>${req.url} ${signedIn ? "signed in as demo@example.com" : "Sign in / Create an account"}${padding}<script nonce="${nonce}"></script></body></html>`,
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

describe("public pages in the page cache (scripts/page-cache.mjs)", () => {
  test("the timetable, session and slot pages are rendered once per full URL and answered again with a fresh nonce", async () => {
    const next = fakeNext();
    const get = await serve(withPageCache(next.handle));
    const paths = [
      "/book",
      "/book?activity=Yoga&from=2026-12-08",
      "/book?activity=Swimming",
      "/book/abc%2F123",
      "/book/abc%2F123?from=%2Fbook%3Fkm%3D5",
      "/book/slot/s-1",
    ];
    const nonces = new Set<string>();
    for (let round = 0; round < 3; round++) {
      for (const path of paths) {
        const { res, html, nonce } = await get(path);
        expect(res.status).toBe(200);
        expect(html).toContain(`<body>${path} Sign in`);
        expect(html).toContain(`<script nonce="${nonce}">`);
        expect(nonces.has(nonce!)).toBe(false);
        nonces.add(nonce!);
      }
    }
    expect(next.rendered).toEqual(paths);
  });

  test("a signed-in customer never gets the kept public view, and a visitor never gets a signed-in rendering", async () => {
    const next = fakeNext();
    const get = await serve(withPageCache(next.handle));
    // Visitor first: kept. The customer after is rendered for themselves.
    expect((await get("/book/abc")).html).toContain("Create an account");
    const customer = await get("/book/abc", { cookie: `theme=dark; ${SESSION}` });
    expect(customer.html).toContain("signed in as demo@example.com");
    // Customer first: not kept. The visitor after gets the public view, never the address.
    for (const path of ["/book/slot/s-2", "/book?activity=Yoga"]) {
      expect((await get(path, { cookie: SESSION })).html).toContain("signed in as");
      const visitor = await get(path);
      expect(visitor.html).toContain("Create an account");
      expect(visitor.html).not.toContain("demo@example.com");
      expect((await get(path, { cookie: `__Secure-${SESSION}` })).html).toContain("signed in as");
    }
    expect(next.rendered).toEqual([
      "/book/abc",
      "/book/abc",
      "/book/slot/s-2",
      "/book/slot/s-2",
      "/book/slot/s-2",
      "/book?activity=Yoga",
      "/book?activity=Yoga",
      "/book?activity=Yoga",
    ]);
  });

  test("a group booking under /book, other paths, router requests and posts are rendered every time", async () => {
    const next = fakeNext();
    const get = await serve(withPageCache(next.handle));
    const requests: [string, Record<string, string>][] = [
      ["/book/abc/group/p1", {}],
      ["/book/slot", {}],
      ["/book/slot/s-1/x", {}],
      ["/bookings", {}],
      ["/guest-booking?session=abc&email=a%40example.com", {}],
      ["/book/abc", { rsc: "1" }],
      ["/book?activity=Yoga", { "next-router-state-tree": "x" }],
    ];
    for (const round of [1, 2])
      for (const [path, headers] of requests) expect((await get(path, headers)).res.status, `${path} ${round}`).toBe(200);
    expect(next.rendered).toHaveLength(requests.length * 2);
  });

  test("kept 30 seconds; bounded in entries (the oldest goes, / and /sign-in stay) and in page size", async () => {
    const next = fakeNext();
    let now = 0;
    const get = await serve(withPageCache(next.handle, { now: () => now }));
    await get("/");
    await get("/book/first");
    for (let i = 0; i < 512; i++) await get(`/book?page=${i}`);
    const before = next.rendered.length;
    await get("/");
    await get("/book?page=511");
    expect(next.rendered.length).toBe(before);
    await get("/book/first");
    expect(next.rendered.length).toBe(before + 1);
    now += 31_000;
    await get("/book?page=511");
    expect(next.rendered.length).toBe(before + 2);

    const big = fakeNext({ bodyBytes: 1_100_000 });
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const getBig = await serve(withPageCache(big.handle));
    await getBig("/book/big");
    await getBig("/book/big");
    expect(big.rendered).toHaveLength(2);
  });
});
