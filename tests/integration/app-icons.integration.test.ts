import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET } from "@/app/icons/[name]/route";
import { resetEnvCache } from "@/lib/env";

/** The icon route drawn for a broker file that differs from the default only in its logo. */
let dir: string;
const base = JSON.parse(readFileSync("brands/default.json", "utf8")) as Record<string, unknown>;

function brandWith(name: string, logoUrl: string | undefined): string {
  const file = path.join(dir, `${name}.json`);
  const { logoUrl: _drop, ...rest } = base;
  writeFileSync(file, JSON.stringify(logoUrl ? { ...rest, logoUrl } : rest));
  return file;
}

async function icon(brandFile: string, name = "icon-512.png") {
  process.env.BROKER_CONFIG = brandFile;
  resetEnvCache();
  const res = await GET(new Request(`http://localhost/icons/${name}`), { params: Promise.resolve({ name }) });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "icons-test-"));
  Object.assign(process.env, {
    IMIN_API_KEY: "icons-test",
    IMIN_BOOKING_API_URL: "http://127.0.0.1:9/api/v2",
    IMIN_EVENTS_API_URL: "http://127.0.0.1:9/events-api/v2",
    IMIN_CHECKOUT_URL: "http://127.0.0.1:9",
    IMIN_WEBHOOK_API_KEY: "icons-webhook",
    AUTH_SECRET: "i".repeat(40),
    PORTAL_URL: "http://localhost:3996",
    IMIN_LOG: "silent",
  });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("app icons from the broker's logo", () => {
  test("with a logo the icon is drawn from it, not from the initials; every size is a PNG of its size", async () => {
    const initials = await icon(brandWith("no-logo", undefined));
    const logo = await icon(brandWith("svg-logo", base.logoUrl as string));
    expect(logo.res.headers.get("content-type")).toBe("image/png");
    expect(logo.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(logo.bytes.equals(initials.bytes)).toBe(false);
    expect(logo.res.headers.get("cache-control")).toBe("public, max-age=86400");
    for (const [name, size] of [
      ["icon-192.png", 192],
      ["maskable-512.png", 512],
      ["apple-touch-icon.png", 180],
    ] as const) {
      const { bytes } = await icon(brandWith("svg-logo", base.logoUrl as string), name);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], name).toEqual([size, size]);
      const { bytes: plain } = await icon(brandWith("no-logo", undefined), name);
      expect(bytes.equals(plain), name).toBe(false);
    }
  });

  test("a PNG logo works too", async () => {
    const pngFile = path.join(dir, "logo.png");
    const initials = await icon(brandWith("no-logo", undefined), "icon-192.png");
    writeFileSync(pngFile, initials.bytes);
    // Served from public/ as /path; here the route reads a file under the portal's public dir, so
    // an absolute http URL to a PNG stands in: a local server answers it.
    const { createServer } = await import("node:http");
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "image/png" });
      res.end(readFileSync(pngFile));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const drawn = await icon(brandWith("png-logo", `http://127.0.0.1:${port}/logo.png`));
      const plain = await icon(brandWith("no-logo", undefined));
      expect(drawn.res.headers.get("cache-control")).toBe("public, max-age=86400");
      expect(drawn.bytes.equals(plain.bytes)).toBe(false);
    } finally {
      server.close();
    }
  });

  test("a logo that is missing, unreachable or not an image falls back to the initials, cached briefly", async () => {
    const initials = await icon(brandWith("no-logo", undefined));
    for (const [name, logoUrl] of [
      ["missing", "/brand/no-such-logo.svg"],
      ["outside", "/../package.json"],
      ["not-image", "/manifest-not-an-image.txt"],
      ["unreachable", "http://127.0.0.1:9/logo.svg"],
    ] as const) {
      const fallback = await icon(brandWith(name, logoUrl));
      expect(fallback.res.status, name).toBe(200);
      expect(fallback.bytes.equals(initials.bytes), name).toBe(true);
      expect(fallback.res.headers.get("cache-control"), name).toBe("public, max-age=300");
    }
  });
});
