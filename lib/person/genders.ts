/**
 * The gender choices of the person forms. Plain data in a module of its own: the forms are client
 * components, and importing this from fields.ts would put zod and the venue-time helpers in their bundle.
 */
export const GENDERS = [
  { value: "", label: "Prefer not to say" },
  { value: "https://schema.org/Female", label: "Female" },
  { value: "https://schema.org/Male", label: "Male" },
] as const;
