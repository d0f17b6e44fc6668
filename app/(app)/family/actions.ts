"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { addHouseholdMember } from "@/lib/family/create-member";
import { removeHouseholdMember } from "@/lib/family/remove-member";
import { updateHouseholdMember } from "@/lib/family/update-member";
import { IminError } from "@/lib/imin/errors";
import { addMemberSchema, memberIdSchema, memberSchema } from "./schema";

const FIELD_LABELS: Record<string, string> = {
  gender: "Gender",
  emergencyContactName: "The emergency contact's name",
  emergencyContactTelephone: "The emergency contact's phone",
};

function refusal(error: IminError, what: string) {
  // imin's own description says which field it did not accept; the input stays in the form.
  const reason = error.kind === "refused" && error.description ? error.description : error.customerMessage;
  return { status: "error" as const, message: `${what} ${reason}` };
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
      return refusal(result.error, `${input.givenName} was not added.`);
    case "busy":
      return {
        status: "error",
        message: `${input.givenName} is still being added from an earlier submit. Reload the page in a moment to see them in your family.`,
      };
    case "ambiguous":
      return {
        status: "error",
        message:
          `We couldn't tell whether the booking service saved ${input.givenName}: its answer was lost. ` +
          "So nobody is added twice, this form won't send them again. Reload the page in a few minutes: if they aren't listed, add them again.",
      };
  }
});

export const updateMemberAction = authedAction(memberSchema.extend(memberIdSchema.shape), async ({ memberId, ...input }, { user }) => {
  let result: Awaited<ReturnType<typeof updateHouseholdMember>>;
  try {
    result = await updateHouseholdMember(user, memberId, input);
  } catch (e) {
    if (e instanceof IminError) return refusal(e, "Nothing was changed.");
    throw e;
  }
  switch (result.status) {
    case "not-found":
      return { status: "error", message: "This family member isn't in your family any more." };
    case "cannot-clear":
      return {
        status: "error",
        message: "Please check the highlighted fields.",
        fieldErrors: Object.fromEntries(
          result.fields.map((k) => [k, [`${FIELD_LABELS[k] ?? "This"} can be changed but not removed. Contact support to remove it.`]]),
        ),
      };
    case "unchanged":
      return { status: "success", message: "Nothing to save: their details are unchanged." };
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
    if (e instanceof IminError) return refusal(e, "Nothing was removed.");
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
        message: `Not removed: they have ${result.bookings.length === 1 ? "an upcoming booking" : `${result.bookings.length} upcoming bookings`}. Cancel ${result.bookings.length === 1 ? "it" : "them"} first.`,
      };
    case "removed":
      revalidatePath("/family");
      redirect("/family?removed=1");
  }
});
