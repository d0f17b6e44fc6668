import type { CustomerDetails } from "@/lib/imin/customers";
import { ageOn } from "./age";
import { londonToday } from "./today";

/** What the family-member form gives (validated), before it becomes imin's Person. */
export interface MemberInput {
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** A schema.org URL (https://schema.org/Female, …). */
  gender?: string;
  email?: string;
  emergencyContactName?: string;
  emergencyContactTelephone?: string;
}

/**
 * The member's imin Person: imin requires an email, so the account holder's stands in when none
 * is given; `imin:is13OrOver` always follows the date of birth, never a box to tick.
 */
export function memberToCustomerDetails(input: MemberInput, holderEmail: string): CustomerDetails {
  const emergency =
    input.emergencyContactName || input.emergencyContactTelephone
      ? { name: input.emergencyContactName, telephone: input.emergencyContactTelephone }
      : undefined;
  return {
    givenName: input.givenName,
    familyName: input.familyName,
    birthDate: input.birthDate,
    gender: input.gender,
    email: input.email || holderEmail,
    is13OrOver: ageOn(input.birthDate, londonToday()) >= 13,
    emergencyContact: emergency,
  };
}
