import { CacheFirst, ExpirationPlugin, NetworkOnly, Serwist, StaleWhileRevalidate } from "serwist";
import { OFFLINE_PACK_CACHE } from "./offline-store";

/**
 * The portal's service worker, bundled to /sw.js by esbuild when Next loads its config (see
 * next.config.mjs). Pages always come from the network, so nothing personal sits in its caches;
 * without a network a page falls back to /offline, which shows the pack the signed-in page stored.
 * Built assets are immutable and served cache-first.
 */

declare const SW_REVISION: string;

interface WorkerScope {
  addEventListener(type: "message", listener: (event: { data: unknown; waitUntil?(p: Promise<unknown>): void }) => void): void;
}
const scope = self as unknown as WorkerScope;

const OFFLINE_URL = "/offline";

const serwist = new Serwist({
  precacheEntries: [{ url: OFFLINE_URL, revision: SW_REVISION }],
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "portal-static",
        plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60 })],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) =>
        sameOrigin &&
        (url.pathname.startsWith("/brand/") || url.pathname.startsWith("/icons/") || url.pathname === "/manifest.webmanifest"),
      handler: new StaleWhileRevalidate({ cacheName: "portal-brand", plugins: [new ExpirationPlugin({ maxEntries: 30 })] }),
    },
    {
      matcher: ({ request }) => request.mode === "navigate",
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: { entries: [{ url: OFFLINE_URL, matcher: ({ request }) => request.mode === "navigate" }] },
});

// The offline page renders in the browser: its scripts and styles are kept with it at install.
self.addEventListener("install", (event) => {
  const install = event as unknown as { waitUntil(p: Promise<unknown>): void };
  install.waitUntil(
    (async () => {
      const html = await (await fetch(OFFLINE_URL, { credentials: "omit" })).text();
      const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
      const cache = await caches.open("portal-static");
      await cache.addAll([...new Set(assets)]);
    })().catch(() => undefined),
  );
});

scope.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "sign-out") {
    event.waitUntil?.(caches.delete(OFFLINE_PACK_CACHE));
  }
});

serwist.addEventListeners();
