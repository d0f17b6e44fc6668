import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { ageOn } from "@/lib/family/age";
import { getHouseholdMember, type HouseholdMember, listHouseholdMembers } from "@/lib/family/members";
import { londonToday } from "@/lib/family/today";
import { formatCalendarDate } from "@/lib/format";

export { memberFormValues } from "@/lib/family/update-member";
export { pendingBookingsOf } from "@/lib/group-booking/pending-bookings";

export interface FamilyMemberView extends HouseholdMember {
  name: string;
  age?: number;
  birthDateText?: string;
}

function toView(member: HouseholdMember, today: ReturnType<typeof londonToday>, locale?: string): FamilyMemberView {
  return {
    ...member,
    name: `${member.givenName} ${member.familyName}`.trim(),
    age: member.birthDate ? ageOn(member.birthDate, today) : undefined,
    birthDateText: member.birthDate ? formatCalendarDate(member.birthDate, locale) : undefined,
  };
}

/** `locale`: the page's Intl locale, for the birth dates. */
export async function getFamily(userId: string, locale?: string): Promise<FamilyMemberView[]> {
  const today = londonToday();
  return (await listHouseholdMembers(userId)).map((m) => toView(m, today, locale));
}

/** The signed-in holder's family member a page is about (not found when not theirs), and their name. */
export async function requireMemberPage(params: Promise<{ memberId: string }>) {
  const [user, { memberId }] = await Promise.all([requireUser(), params]);
  const member = await getHouseholdMember(user.id, memberId);
  if (!member) notFound();
  return { user, member, name: `${member.givenName} ${member.familyName}` };
}
export { orIminMessage } from "@/lib/imin/errors";
