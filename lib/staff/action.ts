import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionState } from "@/lib/actions/action-state";
import { formDataToObject } from "@/lib/actions/form-data";
import { IminError } from "@/lib/imin/errors";
import { type StaffUser, StaffForbiddenError, requireStaff } from "./current";
import type { StaffRole } from "./roles";

/**
 * A console server action: the staff session and role are checked on every call (never only the
 * button), then the form is validated with zod. The handler records its own audit line, since it
 * knows which customer it touched.
 */
export function staffAction<S extends z.ZodType>(
  role: StaffRole,
  schema: S,
  handler: (data: z.infer<S>, staff: StaffUser) => Promise<ActionState | undefined>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    let staff: StaffUser;
    try {
      staff = await requireStaff(role);
    } catch (e) {
      unstable_rethrow(e);
      if (e instanceof StaffForbiddenError) return { status: "error", message: e.message };
      throw e;
    }
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Please check the form." };
    try {
      return (await handler(parsed.data, staff)) ?? { status: "success" };
    } catch (e) {
      unstable_rethrow(e);
      if (e instanceof IminError) return { status: "error", message: e.customerMessage };
      console.error("staff action failed", e instanceof Error ? e.name : "error");
      return { status: "error", message: "Something went wrong. Please try again." };
    }
  };
}
