"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { offlinePackToShow } from "@/lib/pwa/offline-store";
import type { OfflineBooking, OfflinePack } from "@/lib/pwa/offline-pack-types";
import { AccessCode, PassCode, SavedPassItem } from "./desk-codes";
import { DeskScreen } from "./desk-screen";

/*
 * When a live read fails (imin busy or down) while the phone is online, /pass and /bookings show
 * the offline pack this device saved instead of an error: the passes and codes the desk scans, in
 * the normal page, with when they were saved and a way to try the live page again. A pack is shown
 * only once the portal confirmed its owner is signed in here (offlinePackToShow), and, when the
 * page knows who is signed in (`ownerId`), only that customer's.
 */

/** The days ahead the offline pack holds (lib/pwa/offline-pack.ts, a week). */
const PACK_DAYS = 7;

type State = { status: "loading" } | { status: "ready"; pack: OfflinePack | null };

function useSavedPack(ownerId?: string): State {
  const [state, setState] = useState<State>({ status: "loading" });
  useEffect(() => {
    let live = true;
    offlinePackToShow()
      .then((pack) => {
        if (live) setState({ status: "ready", pack: pack && (!ownerId || pack.userId === ownerId) ? pack : null });
      })
      .catch(() => {
        if (live) setState({ status: "ready", pack: null });
      });
    return () => {
      live = false;
    };
  }, [ownerId]);
  return state;
}

interface SavedProps {
  /** The signed-in customer's portal user id, when the page knows it: another owner's pack never shows. */
  ownerId?: string;
  /** An error boundary's retry; otherwise the page's server part is fetched again. */
  retry?: () => void;
}

function RetryButton({ retry, className }: { retry?: () => void; className: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const t = useTranslations("pass.saved");
  return (
    <button
      type="button"
      onClick={() => start(() => (retry ? retry() : router.refresh()))}
      disabled={pending}
      aria-busy={pending}
      className={className}
    >
      {pending ? t("tryingAgain") : t("tryAgain")}
    </button>
  );
}

const retryClass =
  "inline-flex min-h-11 items-center rounded-md border border-outline bg-surface px-4 py-2 text-sm font-semibold text-link hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-outline disabled:opacity-60";

function Looking() {
  const t = useTranslations("pass.saved");
  return (
    <p aria-live="polite" className="text-sm text-gray-700">
      {t("looking")}
    </p>
  );
}

/** Nothing saved to fall back on: the plain load error (`title`: the desk views' own heading). */
function NothingSaved({ what, retry, title }: { what: "passes" | "bookings" | "pass" | "code"; retry?: () => void; title?: string }) {
  const t = useTranslations("pass.saved");
  const alert = (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950" data-testid="saved-none">
      <p className="font-semibold">{t("couldNotLoad", { what })}</p>
      <p className="mt-1">{t("nothingSaved")}</p>
      <RetryButton
        retry={retry}
        className="mt-3 inline-flex min-h-11 items-center rounded-md border border-red-700 px-3 py-1.5 font-semibold disabled:opacity-60"
      />
    </div>
  );
  if (!title) return alert;
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">{title}</h1>
      {alert}
    </>
  );
}

/** Says the page is the saved copy, from when, and offers the live page again. */
function SavedNotice({ pack, retry, what }: { pack: OfflinePack; retry?: () => void; what: "passes" | "bookings" }) {
  const t = useTranslations("pass.saved");
  return (
    <div
      role="status"
      className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
      data-testid="saved-notice"
    >
      <p className="font-semibold">{t("unreachable")}</p>
      <p className="mt-1">
        {t("showing", { what })} <span data-testid="saved-updated">{t("lastUpdated", { when: pack.updatedAtText })}</span>.
      </p>
      <RetryButton retry={retry} className={`mt-3 ${retryClass}`} />
    </div>
  );
}

/** "For you" or "For Sam Lee": whose place, said on every row once any place is someone else's. */
function useWhose(bookings: OfflineBooking[]): (b: OfflineBooking) => string | undefined {
  const t = useTranslations("pass");
  const named = bookings.some((b) => b.attendee);
  return (b) => (named ? (b.attendee ? t("for", { name: b.attendee }) : t("forYou")) : undefined);
}

/** The saved bookings (`codesOnly`: those with an access code), each with its codes as the desk scans them. */
function SavedBookingCards({ bookings, codesOnly, none }: { bookings: OfflineBooking[]; codesOnly: boolean; none: string }) {
  const shown = codesOnly ? bookings.filter((b) => b.accessCodes.length > 0) : bookings;
  const whose = useWhose(shown);
  if (shown.length === 0) return <p className="text-sm text-gray-700">{none}</p>;
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {shown.map((b) => (
        <li key={b.id} className="rounded-lg border border-gray-300 bg-white p-4 text-black" data-testid="saved-booking">
          <h3 className="font-semibold">
            {b.title}
            {whose(b) ? (
              <span className="block font-normal" data-testid="saved-booking-person">
                {whose(b)}
              </span>
            ) : null}
          </h3>
          <p className="text-sm">
            {b.when}
            {b.venue ? ` · ${b.venue}` : ""}
          </p>
          <div className={b.accessCodes.length > 0 ? "mt-4 grid gap-6" : "hidden"}>
            {b.accessCodes.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: access codes have no id and the same code may appear twice.
              <AccessCode key={i} label={c.label} code={c.code} qrSvg={c.qrSvg} />
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** /pass without imin: the saved access passes and this week's booking codes. */
export function SavedPasses({ ownerId, retry }: SavedProps) {
  const state = useSavedPack(ownerId);
  const t = useTranslations("pass.saved");
  if (state.status === "loading") return <Looking />;
  const { pack } = state;
  if (!pack) return <NothingSaved what="passes" retry={retry} />;
  return (
    <div data-testid="saved-pack">
      <SavedNotice pack={pack} retry={retry} what="passes" />
      <section aria-labelledby="saved-passes-heading" className="mb-8">
        <h2 id="saved-passes-heading" className="mb-3 text-lg font-bold">
          {t("passes")}
        </h2>
        {pack.passes.length === 0 ? (
          <p className="text-sm text-gray-700">{t("noPasses")}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {pack.passes.map((p) => (
              <SavedPassItem key={p.sellerId} pass={p} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="saved-codes-heading">
        <h2 id="saved-codes-heading" className="mb-3 text-lg font-bold">
          {t("codes", { days: PACK_DAYS })}
        </h2>
        <SavedBookingCards bookings={pack.bookings} codesOnly none={t("noCodes", { days: PACK_DAYS })} />
      </section>
    </div>
  );
}

/** /bookings without imin: the saved bookings of the next 7 days with their codes. */
export function SavedBookings({ ownerId, retry }: SavedProps) {
  const state = useSavedPack(ownerId);
  const t = useTranslations("pass.saved");
  if (state.status === "loading") return <Looking />;
  const { pack } = state;
  if (!pack) return <NothingSaved what="bookings" retry={retry} />;
  return (
    <div data-testid="saved-pack">
      <SavedNotice pack={pack} retry={retry} what="bookings" />
      <section aria-labelledby="saved-bookings-heading">
        <h2 id="saved-bookings-heading" className="mb-3 text-lg font-bold">
          {t("bookings", { days: PACK_DAYS })}
        </h2>
        <SavedBookingCards bookings={pack.bookings} codesOnly={false} none={t("noBookings", { days: PACK_DAYS })} />
      </section>
    </div>
  );
}

/** The full-screen desk view of one saved access pass (`/pass/[sellerId]` without imin). */
export function SavedPassDesk({ ownerId, retry, sellerId }: SavedProps & { sellerId: string }) {
  const state = useSavedPack(ownerId);
  const t = useTranslations("pass");
  if (state.status === "loading") return <Looking />;
  const pass = state.pack?.passes.find((p) => p.sellerId === sellerId);
  if (!state.pack || !pass) return <NothingSaved what="pass" retry={retry} title={t("accessPass")} />;
  return (
    <DeskScreen title={pass.sellerName} subtitle={t("subtitle")} logoUrl={pass.logoUrl} backHref="/pass">
      <PassCode sellerName={pass.sellerName} number={pass.number} barcodeSvg={pass.barcodeSvg} />
      <DeskSavedLine pack={state.pack} retry={retry} />
    </DeskScreen>
  );
}

/** The full-screen desk view of one saved booking's codes (`/pass/booking/[orderId]/[itemId]` without imin). */
export function SavedBookingDesk({ ownerId, retry, itemId }: SavedProps & { itemId: string }) {
  const state = useSavedPack(ownerId);
  const t = useTranslations("pass");
  if (state.status === "loading") return <Looking />;
  const booking = state.pack?.bookings.find((b) => b.id === itemId && b.accessCodes.length > 0);
  if (!state.pack || !booking) return <NothingSaved what="code" retry={retry} title={t("bookingCode")} />;
  return (
    <DeskScreen
      title={booking.attendee ? t("forAttendee", { title: booking.title, name: booking.attendee }) : booking.title}
      subtitle={[booking.when, booking.venue].filter(Boolean).join(" · ")}
      backHref="/bookings"
    >
      {booking.accessCodes.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: access codes have no id and the same code may appear twice.
        <AccessCode key={i} label={c.label} code={c.code} qrSvg={c.qrSvg} />
      ))}
      <DeskSavedLine pack={state.pack} retry={retry} />
    </DeskScreen>
  );
}

function DeskSavedLine({ pack, retry }: { pack: OfflinePack; retry?: () => void }) {
  const t = useTranslations("pass.saved");
  return (
    <div className="mt-auto flex flex-wrap items-center justify-center gap-3 text-center text-sm" data-testid="saved-notice">
      <p>
        {t("savedHere")} · <span data-testid="saved-updated">{t("lastUpdated", { when: pack.updatedAtText })}</span>
      </p>
      <RetryButton
        retry={retry}
        className="inline-flex min-h-11 items-center rounded-md border-2 border-black px-4 font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-black disabled:opacity-60"
      />
    </div>
  );
}
