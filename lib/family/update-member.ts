import "server-only";
import { type CustomerDetails, getCustomerAccount, updateCustomerDetails } from "@/lib/imin/customers";
import { ageOn } from "./age";
import type { MemberInput } from "./member-details";
import { getHouseholdMember, type HouseholdMember, updateMemberRow } from "./members";
import { londonToday } from "./today";

export type UpdateMemberResult =
  | { status: "saved"; member: HouseholdMember }
  | { status: "unchanged" }
  | { status: "not-found" }
  /** Fields that were filled in and are now empty: imin can change them but not remove them. */
  | { status: "cannot-clear"; fields: (keyof MemberInput)[] };

/** The edit form's starting values: what imin holds for the member. */
export async function memberFormValues(member: HouseholdMember): Promise<Record<keyof MemberInput, string>> {
  const { details } = await getCustomerAccount(member.iminCustomerId);
  return {
    givenName: details.givenName ?? member.givenName,
    familyName: details.familyName ?? member.familyName,
    birthDate: details.birthDate ?? member.birthDate ?? "",
    gender: details.gender ?? "",
    email: details.email ?? "",
    emergencyContactName: details.emergencyContact?.name ?? "",
    emergencyContactTelephone: details.emergencyContact?.telephone ?? "",
  };
}

const CLEARABLE_NEVER = ["gender", "emergencyContactName", "emergencyContactTelephone"] as const;

/**
 * Sends the changed fields to imin (CustomerUpdateAction, no sellers: the portal created the
 * account and no seller is linked to it), then updates the row. imin's refusal or outage throws
 * an IminError before anything here changes.
 */
export async function updateHouseholdMember(
  holder: { id: string; email: string },
  memberId: string,
  input: MemberInput,
): Promise<UpdateMemberResult> {
  const member = await getHouseholdMember(holder.id, memberId);
  if (!member) return { status: "not-found" };
  const current = await memberFormValues(member);

  const cleared = CLEARABLE_NEVER.filter((k) => current[k] && !input[k]);
  if (cleared.length) return { status: "cannot-clear", fields: [...cleared] };

  const changes: CustomerDetails = {};
  if (input.givenName !== current.givenName) changes.givenName = input.givenName;
  if (input.familyName !== current.familyName) changes.familyName = input.familyName;
  if (input.birthDate !== current.birthDate) {
    changes.birthDate = input.birthDate;
    changes.is13OrOver = ageOn(input.birthDate, londonToday()) >= 13;
  }
  if (input.gender && input.gender !== current.gender) changes.gender = input.gender;
  // imin needs an email: an emptied one falls back to the account holder's.
  const email = input.email || holder.email;
  if (email.toLowerCase() !== current.email.toLowerCase()) changes.email = email;
  if (
    (input.emergencyContactName ?? "") !== current.emergencyContactName ||
    (input.emergencyContactTelephone ?? "") !== current.emergencyContactTelephone
  ) {
    changes.emergencyContact = { name: input.emergencyContactName, telephone: input.emergencyContactTelephone };
  }
  if (!Object.keys(changes).length) return { status: "unchanged" };

  await updateCustomerDetails(member.iminCustomerId, changes, []);
  const fields = { givenName: input.givenName, familyName: input.familyName, birthDate: input.birthDate };
  await updateMemberRow(holder.id, member.id, fields);
  return { status: "saved", member: { ...member, ...fields } };
}
