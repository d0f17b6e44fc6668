"use client";

import { useEffect } from "react";
import { keepOfflinePackMatching } from "@/lib/pwa/offline-store";

/**
 * On /pass, which has just read everything the offline pack holds: the saved copy is made again when
 * it differs from what the page shows (a booking made at the desk or in another app), so what the
 * customer saw here is what the desk gets offline.
 */
export function PackCheck({ digest }: { digest: string }) {
  useEffect(() => {
    if (navigator.onLine) keepOfflinePackMatching(digest).catch(() => undefined);
  }, [digest]);
  return null;
}
