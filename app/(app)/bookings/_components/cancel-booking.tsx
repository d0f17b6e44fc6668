"use client";

import { useActionState, useEffect, useId, useLayoutEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { cancelBookingAction } from "../actions";
import type { ActionState } from "@/lib/actions/authed-action";
import { refreshOfflinePack } from "@/lib/pwa/offline-store";

const initial: ActionState = { status: "idle" };

/**
 * Cancel button and its confirmation dialog (native <dialog>: focus moves into it, Escape closes it,
 * focus returns to the button). The confirm button is disabled while the request runs, so a double
 * click sends one request; the server guards against repeats as well. The dialog is only rendered
 * once the button is first pressed: a page of bookings does not send and hydrate a closed dialog per card.
 */
export function CancelBooking({
  itemId,
  title,
  when,
  headingId,
}: {
  itemId: string;
  title: string;
  when: string;
  /** The booking's heading: focus lands there once the list refreshes and this button is gone. */
  headingId: string;
}) {
  // "bookings.cancel" reaches the browser through the bookings layout's provider.
  const t = useTranslations("bookings.cancel");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [state, formAction, pending] = useActionState(cancelBookingAction, initial);
  const [refreshing, startRefresh] = useTransition();
  const router = useRouter();
  const id = useId();
  const done = state.status === "success";
  // Blocks a second submit in the instant before React re-renders the button as disabled.
  const submitted = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-armed by every new answer from the action.
  useEffect(() => {
    submitted.current = false;
  }, [state]);

  useEffect(() => {
    if (!done) return;
    dialogRef.current?.querySelector<HTMLButtonElement>("[data-close]")?.focus();
    // The saved copy for the desk drops the cancelled place's codes now, not on the next page load.
    if (navigator.onLine) refreshOfflinePack().catch(() => undefined);
  }, [done]);

  const [mounted, setMounted] = useState(false);
  useLayoutEffect(() => {
    if (!mounted) return;
    dialogRef.current?.showModal();
    // A client-rendered autoFocus is React's own focus() call, made before the dialog opened.
    dialogRef.current?.querySelector<HTMLButtonElement>("[data-close]")?.focus();
  }, [mounted]);

  const open = () => (mounted ? dialogRef.current?.showModal() : setMounted(true));
  const close = () => dialogRef.current?.close();
  const onClosed = () => {
    if (!done) {
      triggerRef.current?.focus();
      return;
    }
    document.getElementById(headingId)?.focus();
    startRefresh(() => router.refresh());
  };

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        onClick={open}
        disabled={done || refreshing}
        className="inline-flex min-h-11 items-center rounded-md border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-60"
      >
        {done ? t("cancelled") : t("button")}
        <span className="sr-only">: {title}</span>
      </button>
      {mounted ? (
        <dialog
          ref={dialogRef}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          onClose={onClosed}
          className="m-auto w-[min(32rem,calc(100%-2rem))] rounded-lg bg-white p-6 text-gray-900 shadow-xl backdrop:bg-black/50"
        >
          <h2 id={`${id}-title`} className="text-lg font-bold">
            {done ? t("doneTitle") : t("title")}
          </h2>
          <div id={`${id}-desc`} className="mt-2 space-y-2 text-sm">
            <p>
              <span className="font-semibold">{title}</span>, {when}
            </p>
            {done ? null : <p>{t("warning")}</p>}
          </div>
          <div aria-live="polite" className="mt-3 text-sm">
            {state.status === "success" ? (
              <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-950">
                {state.message}
              </p>
            ) : null}
            {state.status === "error" ? (
              <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-950">
                {state.message}
              </p>
            ) : null}
          </div>
          <form
            action={formAction}
            onSubmit={(event) => {
              if (submitted.current) event.preventDefault();
              submitted.current = true;
            }}
            className="mt-5 flex flex-wrap justify-end gap-3"
          >
            <input type="hidden" name="itemId" value={itemId} />
            <button
              type="button"
              data-close
              // biome-ignore lint/a11y/noAutofocus: the dialog's safe choice takes focus when it opens.
              autoFocus
              onClick={close}
              className="rounded-md border border-gray-400 px-4 py-2 text-sm font-semibold hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-offset-2"
            >
              {done ? t("close") : t("keep")}
            </button>
            {done ? null : (
              <button
                type="submit"
                disabled={pending}
                aria-busy={pending}
                className="rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
              >
                {pending ? t("cancelling") : t("confirm")}
              </button>
            )}
          </form>
        </dialog>
      ) : null}
    </>
  );
}
