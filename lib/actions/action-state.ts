/** Shared by server actions and the client forms that show their outcome. */
export interface ActionState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** Optional extra result for a specific form (e.g. per-seller outcomes). */
  data?: unknown;
}

export const initialActionState: ActionState = { status: "idle" };
