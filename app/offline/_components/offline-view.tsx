"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { AccessCode, SavedPassItem } from "@/components/pass/desk-codes";
import { offlinePackToShow } from "@/lib/pwa/offline-store";
import type { OfflinePack } from "@/lib/pwa/offline-pack-types";

type State = { status: "loading" } | { status: "ready"; pack: OfflinePack | null };

/** What the portal can show without a network: the pack the last signed-in visit stored, if still its owner's. */
export function OfflineView() {
  const t = useTranslations("offline");
  const [state, setState] = useState<State>({ status: "loading" });
  useEffect(() => {
    // Online (the portal itself failed to answer), the pack is shown only once its owner is confirmed.
    offlinePackToShow()
      .then((pack) => setState({ status: "ready", pack }))
      .catch(() => setState({ status: "ready", pack: null }));
  }, []);

  if (state.status === "loading") return <p aria-live="polite">{t("looking")}</p>;
  const { pack } = state;
  if (!pack) {
    return <p data-testid="offline-empty">{t("nothingSaved")}</p>;
  }
  const updated = <span data-testid="offline-updated">{t("updated", { when: pack.updatedAtText })}</span>;
  return (
    <div className="grid gap-8">
      <section aria-labelledby="offline-passes">
        <h2 id="offline-passes" className="mb-1 text-lg font-bold">
          {t("passes")}
        </h2>
        <p className="mb-3 text-sm text-gray-700">{updated}</p>
        {pack.passes.length === 0 ? (
          <p>{t("noPasses")}</p>
        ) : (
          <ul className="grid gap-6">
            {pack.passes.map((p) => (
              <SavedPassItem key={p.sellerId} pass={p} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="offline-bookings">
        <h2 id="offline-bookings" className="mb-1 text-lg font-bold">
          {t("bookings")}
        </h2>
        <p className="mb-3 text-sm text-gray-700">{updated}</p>
        {pack.bookings.length === 0 ? (
          <p>{t("noBookings")}</p>
        ) : (
          <ul className="grid gap-6">
            {pack.bookings.map((b) => (
              <li key={b.id} className="rounded-lg border border-gray-300 bg-white p-4 text-black" data-testid="offline-booking">
                <h3 className="font-semibold">{b.title}</h3>
                <p className="text-sm">
                  {b.when}
                  {b.venue ? ` · ${b.venue}` : ""}
                </p>
                <div className="mt-4 grid gap-6">
                  {b.accessCodes.map((c, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: access codes have no id and the same code may appear twice.
                    <AccessCode key={i} label={c.label} code={c.code} qrSvg={c.qrSvg} />
                  ))}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
