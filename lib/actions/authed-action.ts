import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requireUser, type PortalUser } from "@/lib/auth/current-user";
import { IminError } from "@/lib/imin/errors";
import { echoValues, formDataToObject } from "./form-data";

import type { ActionState } from "./action-state";
import { iminErrorMessage } from "@/lib/i18n/imin-error-message";

/** What every form action returns, for `useActionState`. `values` lets the form keep its input. */
export type { ActionState } from "./action-state";

type Handler<S extends z.ZodType, Extra> = (data: z.infer<S>, context: Extra & { formData: FormData }) => Promise<ActionState | undefined>;

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

async function run<S extends z.ZodType, Extra>(
  schema: S,
  handler: Handler<S, Extra>,
  formData: FormData,
  extra: Extra,
): Promise<ActionState> {
  const values = echoValues(formData);
  const parsed = schema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return {
      status: "error",
      message: "validation.checkFields",
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  }
  try {
    const result = await handler(parsed.data, { ...extra, formData });
    if (!result) return { status: "success" };
    return result.status === "error" ? { values, ...result } : result;
  } catch (e) {
    unstable_rethrow(e); // redirect() and notFound() pass through
    // Keys the form translates in the page's language (imin's own explanation of a refusal stays as sent).
    if (e instanceof IminError) return { status: "error", message: iminErrorMessage(e), values };
    console.error("action failed", e instanceof Error ? e.name : "error");
    return { status: "error", message: "errors.action", values };
  }
}

/**
 * A server action for a form, with zod validation of its FormData. For forms used signed out
 * (sign-in, sign-up).
 */
export function validatedAction<S extends z.ZodType>(schema: S, handler: Handler<S, object>) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => run(schema, handler, formData, {});
}

/**
 * A server action for a signed-in person: re-checks the session and loads the user from the
 * database (`requireUser`, the same door as pages) before validating. The imin customer id comes
 * from `user`, never from the form.
 */
export function authedAction<S extends z.ZodType>(schema: S, handler: Handler<S, { user: PortalUser }>) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const user = await requireUser();
    return run(schema, handler, formData, { user });
  };
}

/**
 * A server action posted by a plain form (no `useActionState`), e.g. a button that redirects or
 * dismisses: the same sign-in check, then the handler with the signed-in person.
 */
export function authedFormAction(handler: (formData: FormData, context: { user: PortalUser }) => Promise<void>) {
  return async (formData: FormData): Promise<void> => {
    const user = await requireUser();
    await handler(formData, { user });
  };
}
