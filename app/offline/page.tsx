import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OfflineSupport } from "@/components/pass/offline-support";
import { SiteHeader } from "@/components/shell/site-header";
import { getLocalizedBroker } from "@/lib/i18n/server";
import { OfflineView } from "./_components/offline-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("offline"))("title") };
}

/**
 * The service worker's fallback for any page it cannot fetch. It holds nothing personal itself:
 * the passes and bookings come from this device's saved pack, read in the browser. It is in the
 * language of the request that stored it (the service worker keeps one copy).
 */
export default async function OfflinePage() {
  const broker = await getLocalizedBroker();
  const t = await getTranslations("offline");
  return (
    <>
      <SiteHeader broker={broker} sandbox={false} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="mt-1 mb-6 text-sm text-gray-700">{t("intro")}</p>
        {/* OfflineView needs the "offline" namespace besides the root's, and "pass" for the saved codes. */}
        <ClientMessages pick={["offline", "pass"]}>
          <OfflineView />
        </ClientMessages>
        <OfflineSupport keepPack={false} />
      </main>
    </>
  );
}
