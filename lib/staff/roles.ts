/** What each staff role may do (issue 24). Pure: pages may import it to decide which buttons to draw; every action checks again. */
export type StaffRole = "support" | "admin";

export const STAFF_ROLES = ["support", "admin"] as const;

/** `admin` may do everything `support` may, and also manage staff, delete a customer and retry or delete dead jobs. */
export function roleAllows(role: StaffRole, needed: StaffRole): boolean {
  return needed === "support" || role === "admin";
}

/** What staff see of a phone number or birth date until they press "reveal" (which is audited). */
export function maskValue(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return "••••-••-••";
  const digits = value.replace(/\D/g, "");
  return digits.length > 2 ? `•••• ${digits.slice(-2)}` : "••••";
}
