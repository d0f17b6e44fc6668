import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

const MAX_BYTES = 1_000_000;
const FETCH_TIMEOUT_MS = 3000;

type LogoType = "image/png" | "image/jpeg" | "image/svg+xml";

/** What the bytes are, from their first bytes (never from a file name or a server's word). */
function sniff(bytes: Buffer): LogoType | undefined {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  const head = bytes
    .subarray(0, 1024)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(head) && bytes.includes("</svg>"))
    return "image/svg+xml";
  return undefined;
}

async function readBytes(logoUrl: string, publicDir: string): Promise<Buffer | undefined> {
  if (/^https?:\/\//i.test(logoUrl)) {
    const res = await fetch(logoUrl, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: "follow" });
    if (!res.ok) return undefined;
    if (Number(res.headers.get("content-length") ?? 0) > MAX_BYTES) return undefined;
    const body = Buffer.from(await res.arrayBuffer());
    return body.length > MAX_BYTES ? undefined : body;
  }
  if (!logoUrl.startsWith("/")) return undefined;
  // A /path is a file the portal serves from public/; nothing outside it is read.
  // Read at run time from public/, which Next.js serves anyway: not a file for the build to trace
  // (without the hint it traced the whole project into the server output).
  const file = path.resolve(/*turbopackIgnore: true*/ publicDir, `.${decodeURIComponent(logoUrl.split(/[?#]/)[0]!)}`);
  if (!file.startsWith(path.resolve(publicDir) + path.sep)) return undefined;
  const body = await readFile(file);
  return body.length > MAX_BYTES ? undefined : body;
}

const KEY = Symbol.for("imin-portal.brand-logo");
type Holder = { [KEY]?: Map<string, Promise<string | undefined>> };

/**
 * The broker's logo as a data: URL the icon renderer can draw (SVG, PNG or JPEG), read once per
 * process; undefined when there is none or it cannot be read or is not an image (the icons then
 * show the initials).
 */
export function brandLogoDataUrl(
  logoUrl: string | undefined,
  publicDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "public"),
): Promise<string | undefined> {
  if (!logoUrl) return Promise.resolve(undefined);
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  const cache = holder[KEY];
  const key = `${publicDir}|${logoUrl}`;
  let found = cache.get(key);
  if (!found) {
    found = readBytes(logoUrl, publicDir)
      .then((bytes) => {
        const type = bytes && sniff(bytes);
        return type ? `data:${type};base64,${bytes.toString("base64")}` : undefined;
      })
      .catch(() => undefined)
      .then((dataUrl) => {
        // A remote logo that failed is tried again on a later request; a local file's answer stands.
        if (!dataUrl && /^https?:/i.test(logoUrl)) cache.delete(key);
        return dataUrl;
      });
    cache.set(key, found);
  }
  return found;
}
