"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { calendarFeedAction } from "../actions";
import type { ActionState } from "@/lib/actions/authed-action";

const initial: ActionState = { status: "idle" };

/** Create (or replace), copy and turn off the private calendar link. The link is shown only once. */
export function CalendarFeedControls({ active, since }: { active: boolean; since?: string }) {
  // "bookings.calendar" reaches the browser through the bookings layout's provider.
  const t = useTranslations("bookings.calendar");
  const [state, formAction, pending] = useActionState(calendarFeedAction, initial);
  const [copied, setCopied] = useState(false);
  const data = (state.status === "success" ? state.data : undefined) as { intent?: string; url?: string } | undefined;
  const url = data?.intent === "create" ? data.url : undefined;
  const isOn = data?.intent ? data.intent === "create" : active;

  return (
    <div className="space-y-3 text-sm">
      {url ? (
        <div className="space-y-2">
          <p role="status">{state.message}</p>
          <label htmlFor="calendar-feed-url" className="block font-medium">
            {t("linkLabel")}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="calendar-feed-url"
              readOnly
              value={url}
              onFocus={(e) => e.currentTarget.select()}
              className="min-w-0 flex-1 rounded-md border border-gray-400 px-3 py-2 font-mono text-xs"
            />
            <button
              type="button"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(url);
                  setCopied(true);
                } catch {
                  setCopied(false);
                }
              }}
              className="rounded-md border border-outline px-3 py-2 font-semibold text-link hover:bg-black/5"
            >
              {t("copy")}
            </button>
          </div>
          <p aria-live="polite">{copied ? t("copied") : ""}</p>
        </div>
      ) : isOn ? (
        <p>{since && !data ? t("onSince", { date: since }) : t("on")}</p>
      ) : (
        <p>{t("off")}</p>
      )}
      {data?.intent === "revoke" ? <p role="status">{state.message}</p> : null}
      {state.status === "error" ? (
        <p role="alert" className="text-red-800">
          {state.message}
        </p>
      ) : null}
      <form action={formAction} className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="create"
          disabled={pending}
          className="rounded-md bg-brand px-3 py-2 font-semibold text-on-brand hover:brightness-110 disabled:opacity-60"
        >
          {isOn ? t("makeNew") : t("get")}
        </button>
        {isOn ? (
          <button
            type="submit"
            name="intent"
            value="revoke"
            disabled={pending}
            className="rounded-md border border-gray-400 px-3 py-2 font-semibold hover:bg-gray-50 disabled:opacity-60"
          >
            {t("turnOff")}
          </button>
        ) : null}
      </form>
    </div>
  );
}
