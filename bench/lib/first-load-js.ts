import { gzipSync } from "node:zlib";

/**
 * First-load JS of a page as a browser sees it: every script the HTML references
 * (`<script src>` and preloaded chunks), fetched once each and gzipped.
 */
export async function firstLoadJsBytes(baseUrl: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(path, baseUrl), { headers, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}, expected 200`);
  const html = await response.text();
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js[^"]*)"/g)) sources.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="preload"[^>]*as="script"[^>]*href="([^"]+)"/g)) sources.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*href="([^"]+\.js[^"]*)"[^>]*rel="preload"[^>]*as="script"/g)) sources.add(match[1]);
  let gzipped = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  return { gzipped, scripts: sources.size };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
