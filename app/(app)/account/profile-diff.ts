import type { CustomerDetails, CustomerProfile } from "@/lib/imin/customers";
import type { ProfileInput } from "./schema";

/** The profile form's fields (their names are in the catalogue: account.profile.*). */
const PROFILE_FIELDS = [
  "givenName",
  "familyName",
  "telephone",
  "birthDate",
  "gender",
  "streetAddress",
  "addressLocality",
  "addressRegion",
  "postalCode",
  "addressCountry",
  "emergencyContactName",
  "emergencyContactTelephone",
];

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
  const cleared = PROFILE_FIELDS.filter((k) => before[k] && !after[k]);
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
