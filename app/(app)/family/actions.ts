"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { addHouseholdMember } from "@/lib/family/create-member";
import { removeHouseholdMember } from "@/lib/family/remove-member";
import { updateHouseholdMember } from "@/lib/family/update-member";
import { vkey } from "@/lib/i18n/validation";
import { IminError } from "@/lib/imin/errors";
import { addMemberSchema, memberIdSchema, memberSchema } from "./schema";

/** `key` is a family.errors message with `{reason}` (and `values`); imin's own words go in as the reason. */
function refusal(error: IminError, key: string, values: Record<string, string> = {}) {
  // imin's own description says which field it did not accept; the input stays in the form.
  const reason = error.kind === "refused" && error.description ? error.description : error.customerMessage;
  return { status: "error" as const, message: vkey(key, { ...values, reason }) };
}

export const addMemberAction = authedAction(addMemberSchema, async ({ nonce, ...input }, { user }) => {
  const result = await addHouseholdMember(user, input, nonce);
  switch (result.status) {
    case "added":
    case "already-added":
      revalidatePath("/family");
      redirect(`/family?added=${result.member.id}`);
      break;
    case "failed":
      return refusal(result.error, "family.errors.notAdded", { name: input.givenName });
    case "busy":
      return { status: "error", message: vkey("family.errors.busy", { name: input.givenName }) };
    case "ambiguous":
      return { status: "error", message: vkey("family.errors.ambiguous", { name: input.givenName }) };
  }
});

export const updateMemberAction = authedAction(memberSchema.extend(memberIdSchema.shape), async ({ memberId, ...input }, { user }) => {
  let result: Awaited<ReturnType<typeof updateHouseholdMember>>;
  try {
    result = await updateHouseholdMember(user, memberId, input);
  } catch (e) {
    if (e instanceof IminError) return refusal(e, "family.errors.nothingChanged");
    throw e;
  }
  switch (result.status) {
    case "not-found":
      return { status: "error", message: "family.errors.notInFamily" };
    case "cannot-clear":
      return {
        status: "error",
        message: "validation.checkFields",
        fieldErrors: Object.fromEntries(result.fields.map((k) => [k, [vkey("family.errors.cannotClear", { field: k })]])),
      };
    case "unchanged":
      return { status: "success", message: "family.errors.unchanged" };
    case "saved":
      revalidatePath("/family");
      redirect(`/family?saved=${result.member.id}`);
  }
});

export const removeMemberAction = authedAction(memberIdSchema, async ({ memberId }, { user }) => {
  let result: Awaited<ReturnType<typeof removeHouseholdMember>>;
  try {
    result = await removeHouseholdMember(user, memberId);
  } catch (e) {
    if (e instanceof IminError) return refusal(e, "family.errors.nothingRemoved");
    throw e;
  }
  switch (result.status) {
    case "not-found":
      revalidatePath("/family");
      redirect("/family?removed=1");
      break;
    case "has-bookings":
      // Booked between opening this page and confirming: the page explains it once reloaded.
      revalidatePath(`/family/${memberId}/remove`);
      return {
        status: "error",
        message: vkey("family.errors.notRemoved", { count: result.bookings.length }),
      };
    case "removed":
      revalidatePath("/family");
      redirect("/family?removed=1");
  }
});
