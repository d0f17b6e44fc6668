import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import { tError } from "@/lib/i18n/validation";

/**
 * The form-level outcome of an action, in a live region that exists before any message arrives
 * (screen readers only announce changes to regions already on the page). A message that is a
 * catalogue key (`validation.…`, `errors.…`) is translated (lib/i18n/validation.ts).
 */
export function FormMessage({ state, successTone = "success" }: { state: ActionState; successTone?: "success" | "info" }) {
  const t = useTranslations();
  const tone =
    state.status === "error"
      ? "border-red-300 bg-red-50 text-red-950"
      : successTone === "success"
        ? "border-green-300 bg-green-50 text-green-950"
        : "border-notice-line bg-notice text-on-notice";
  return (
    <div aria-live={state.status === "error" ? "assertive" : "polite"} aria-atomic="true">
      {state.message ? (
        <p data-testid="form-message" className={`rounded-md border px-4 py-3 text-sm ${tone}`}>
          {tError(t, state.message)}
        </p>
      ) : null}
    </div>
  );
}

/** A one-button form's error under its button, announced at once (Book now, Cancel places). */
export function ActionError({ state }: { state: ActionState }) {
  const t = useTranslations();
  return state.status === "error" && state.message ? (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
      {tError(t, state.message)}
    </p>
  ) : null;
}
