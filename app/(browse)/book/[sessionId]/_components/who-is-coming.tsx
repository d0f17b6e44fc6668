"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";
import { formatPrice } from "@/lib/format/price";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";
import { tError } from "@/lib/i18n/validation";

export interface PersonRow {
  key: string;
  /** "You (Ada Okafor)" or "Sam Okafor". */
  label: string;
  /** "Ticket for you", "Ticket for Sam Okafor". */
  ticketLabel: string;
  /** "8 on the day", or undefined when the birth date is unknown. */
  ageText?: string;
  /** Why no ticket fits; absent when the person can come. */
  reason?: string;
  tickets: { offerId: string; text: string; price?: number; currency: string }[];
  defaultOfferId?: string;
}

/**
 * "Who is coming?": a checkbox per person and, for each chosen one, the tickets they may have
 * (cheapest first and chosen by default). The server re-checks everything and decides the checkouts.
 */
export function WhoIsComing({
  action,
  sessionId,
  nonce,
  people,
  remaining,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  sessionId: string;
  nonce: string;
  people: PersonRow[];
  remaining?: number;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const t = useTranslations("session.whoIsComing");
  const tAll = useTranslations();
  const locale = useIntlLocale();
  const firstSuitable = people.find((p) => !p.reason)?.key;
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(firstSuitable ? [firstSuitable] : []));
  const [tickets, setTickets] = useState<Record<string, string | undefined>>(() =>
    Object.fromEntries(people.map((p) => [p.key, p.defaultOfferId])),
  );
  const tooMany = remaining !== undefined && chosen.size > remaining;
  // imin takes one payment per ticket type: people on the same ticket share one checkout.
  const picked = people.filter((p) => chosen.has(p.key)).map((p) => p.tickets.find((t) => t.offerId === tickets[p.key]));
  const payments = new Set(picked.map((t) => t?.offerId)).size;
  const priced = picked.every((t) => t?.price !== undefined);
  const total = picked.reduce((sum, t) => sum + (t?.price ?? 0), 0);
  const currency = picked[0]?.currency ?? "GBP";
  const toggle = (key: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <form action={formAction} className="space-y-4" aria-describedby="who-hint">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="nonce" value={nonce} />
      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-semibold">{t("title")}</legend>
        <p id="who-hint" className="text-sm text-gray-800">
          {t("hint")}
          {remaining !== undefined ? ` ${t("spacesLeft", { count: remaining })}` : ""}
        </p>
        <ul className="space-y-3">
          {people.map((p) => {
            const id = `person-${p.key}`;
            const on = chosen.has(p.key);
            return (
              <li key={p.key} className="rounded-lg border border-gray-300 bg-white p-4" data-testid="person">
                <div className="flex min-h-11 items-center gap-3">
                  <input
                    id={id}
                    type="checkbox"
                    name="person"
                    value={p.key}
                    checked={on}
                    disabled={!!p.reason}
                    onChange={(e) => toggle(p.key, e.target.checked)}
                    aria-describedby={p.reason ? `${id}-reason` : undefined}
                    className="size-6 shrink-0"
                  />
                  <label htmlFor={id} className="font-medium">
                    {p.label}
                    {p.ageText ? <span className="font-normal text-gray-800">, {p.ageText}</span> : null}
                  </label>
                </div>
                {p.reason ? (
                  <p id={`${id}-reason`} className="mt-1 text-sm text-gray-800" data-testid="person-reason">
                    {p.reason}
                  </p>
                ) : (
                  <div className="mt-2">
                    <label htmlFor={`${id}-ticket`} className="mb-1 block text-sm font-medium">
                      {p.ticketLabel}
                    </label>
                    <select
                      id={`${id}-ticket`}
                      name={`ticket-${p.key}`}
                      value={tickets[p.key] ?? ""}
                      onChange={(e) => setTickets((prev) => ({ ...prev, [p.key]: e.target.value }))}
                      className="min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 sm:w-auto"
                    >
                      {p.tickets.map((t) => (
                        <option key={t.offerId} value={t.offerId}>
                          {t.text}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div aria-live="polite">
        {chosen.size > 0 && !tooMany ? (
          <p className="text-base" data-testid="group-total">
            <span className="font-semibold">
              {t("total", {
                kind: !priced ? "unknown" : total === 0 ? "free" : "sum",
                total: formatPrice(total, currency, locale),
                count: chosen.size,
              })}
            </span>
            {t("payments", { count: payments })}
          </p>
        ) : null}
        {tooMany ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            {t("tooMany", { remaining: remaining ?? 0, count: chosen.size })}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingText={t("opening")} className="min-h-11" disabled={chosen.size === 0 || tooMany}>
        {t("continue")}
      </SubmitButton>
      {state.status === "error" && (state.message || state.fieldErrors) ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
          {tError(tAll, state.fieldErrors?.person?.[0] ?? state.fieldErrors?.nonce?.[0] ?? state.message)}
        </p>
      ) : null}
    </form>
  );
}
