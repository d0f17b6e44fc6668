"use client";

import { useEffect } from "react";
import { refreshOfflinePack } from "@/lib/pwa/offline-store";

/**
 * Registers the service worker and, for a signed-in page, keeps the offline pack current: once per
 * page load while online (the pack is small: passes and the next 7 days of bookings).
 */
export function OfflineSupport({ keepPack }: { keepPack: boolean }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    // Development chunks are not content-hashed: a cache-first worker would serve stale code.
    if (process.env.NODE_ENV === "production") navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    if (keepPack && navigator.onLine) refreshOfflinePack().catch(() => undefined);
  }, [keepPack]);
  return null;
}
