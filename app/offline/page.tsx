import type { Metadata } from "next";
import { OfflineSupport } from "@/components/pass/offline-support";
import { SiteHeader } from "@/components/shell/site-header";
import { getBrokerConfig } from "@/lib/broker/config";
import { OfflineView } from "./_components/offline-view";

export const metadata: Metadata = { title: "Offline" };

/**
 * The service worker's fallback for any page it cannot fetch. It holds nothing personal itself:
 * the passes and bookings come from this device's saved pack, read in the browser.
 */
export default function OfflinePage() {
  const broker = getBrokerConfig();
  return (
    <>
      <SiteHeader broker={broker} sandbox={false} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight">You're offline</h1>
        <p className="mt-1 mb-6 text-sm text-gray-700">
          This page needs a connection. Your saved access passes and bookings are below; everything else opens again when you're back
          online.
        </p>
        <OfflineView />
        <OfflineSupport keepPack={false} />
      </main>
    </>
  );
}
