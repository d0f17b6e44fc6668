import type { ActionState } from "@/lib/actions/action-state";

/**
 * The form-level outcome of an action, in a live region that exists before any message arrives
 * (screen readers only announce changes to regions already on the page).
 */
export function FormMessage({ state, successTone = "success" }: { state: ActionState; successTone?: "success" | "info" }) {
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
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

/** A one-button form's error under its button, announced at once (Book now, Cancel places). */
export function ActionError({ state }: { state: ActionState }) {
  return state.status === "error" && state.message ? (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
      {state.message}
    </p>
  ) : null;
}
