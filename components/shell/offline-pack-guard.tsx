"use client";

import { useEffect } from "react";
import { checkOfflinePack } from "@/lib/pwa/offline-store";

/**
 * On every page with the site header, signed in or out: an offline pack held on this device is
 * checked against the session whenever the device is online (on load, coming back online, back to
 * the foreground), and forgotten once its owner is no longer signed in here. One small request,
 * only while a pack is held.
 */
export function OfflinePackGuard() {
  useEffect(() => {
    const check = () => {
      if (navigator.onLine && document.visibilityState === "visible") checkOfflinePack().catch(() => undefined);
    };
    check();
    window.addEventListener("online", check);
    document.addEventListener("visibilitychange", check);
    return () => {
      window.removeEventListener("online", check);
      document.removeEventListener("visibilitychange", check);
    };
  }, []);
  return null;
}
