import "server-only";
import { ageOn } from "@/lib/family/age";
import { type HouseholdMember, listHouseholdMembers } from "@/lib/family/members";
import { londonToday } from "@/lib/family/today";
import { formatCalendarDate } from "@/lib/format";

export { getHouseholdMember } from "@/lib/family/members";
export { memberFormValues } from "@/lib/family/update-member";
export { pendingBookingsOf } from "@/lib/group-booking/pending-bookings";

export interface FamilyMemberView extends HouseholdMember {
  name: string;
  age?: number;
  birthDateText?: string;
}

function toView(member: HouseholdMember, today = londonToday()): FamilyMemberView {
  return {
    ...member,
    name: `${member.givenName} ${member.familyName}`.trim(),
    age: member.birthDate ? ageOn(member.birthDate, today) : undefined,
    birthDateText: member.birthDate ? formatCalendarDate(member.birthDate) : undefined,
  };
}

export async function getFamily(userId: string): Promise<FamilyMemberView[]> {
  const today = londonToday();
  return (await listHouseholdMembers(userId)).map((m) => toView(m, today));
}
