"use client";

import { useEffect } from "react";
import { keepOfflinePackCurrent } from "@/lib/pwa/offline-store";

/**
 * Registers the service worker and, for a signed-in page, keeps the offline pack current: on a page
 * load while online, when the pack is missing, old or made before a visit to imin's checkout.
 */
export function OfflineSupport({ keepPack }: { keepPack: boolean }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    // Development chunks are not content-hashed: a cache-first worker would serve stale code.
    if (process.env.NODE_ENV === "production") navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    if (keepPack && navigator.onLine) keepOfflinePackCurrent().catch(() => undefined);
  }, [keepPack]);
  return null;
}
