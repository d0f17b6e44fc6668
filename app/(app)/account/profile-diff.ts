import type { CustomerDetails, CustomerProfile } from "@/lib/imin/customers";
import type { ProfileInput } from "./schema";

export const PROFILE_LABELS: Record<string, string> = {
  givenName: "First name",
  familyName: "Last name",
  telephone: "Phone",
  birthDate: "Date of birth",
  gender: "Gender",
  streetAddress: "Street address",
  addressLocality: "Town or city",
  addressRegion: "County or region",
  postalCode: "Postcode",
  addressCountry: "Country",
  emergencyContactName: "Emergency contact name",
  emergencyContactTelephone: "Emergency contact phone",
};

/** The form's fields, flat, from what imin holds now. */
export function profileToForm(profile: CustomerProfile): Record<string, string | undefined> {
  const d = profile.details;
  return {
    givenName: d.givenName,
    familyName: d.familyName,
    telephone: d.telephone,
    birthDate: d.birthDate?.slice(0, 10),
    gender: d.gender,
    streetAddress: d.address?.streetAddress,
    addressLocality: d.address?.addressLocality,
    addressRegion: d.address?.addressRegion,
    postalCode: d.address?.postalCode,
    addressCountry: d.address?.addressCountry,
    emergencyContactName: d.emergencyContact?.name,
    emergencyContactTelephone: d.emergencyContact?.telephone,
  };
}

const ADDRESS_KEYS = ["streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry"] as const;

/**
 * What changed between imin's current details and the submitted form, as a CustomerUpdateAction
 * object (only changed fields; address and emergency contact sent whole when any part changed), and
 * the fields the person emptied, which imin has no way to remove.
 */
export function diffProfile(current: CustomerProfile, input: ProfileInput): { changes: CustomerDetails; cleared: string[] } {
  const before = profileToForm(current);
  const after: Record<string, string | undefined> = { ...input };
  const changed = (k: string) => (before[k] ?? "") !== (after[k] ?? "");
  const cleared = Object.keys(PROFILE_LABELS).filter((k) => before[k] && !after[k]);
  const changes: CustomerDetails = {};
  for (const k of ["givenName", "familyName", "telephone", "birthDate", "gender"] as const) {
    if (changed(k) && after[k]) changes[k] = after[k];
  }
  if (ADDRESS_KEYS.some(changed)) {
    changes.address = Object.fromEntries(ADDRESS_KEYS.map((k) => [k, after[k]]).filter(([, v]) => v));
  }
  if (changed("emergencyContactName") || changed("emergencyContactTelephone")) {
    changes.emergencyContact = { name: input.emergencyContactName, telephone: input.emergencyContactTelephone };
  }
  return { changes, cleared };
}
