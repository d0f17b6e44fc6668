/** The kinds of email a customer can turn off (on /account or from the email itself). */
export const EMAIL_KINDS = ["reminders", "cancellations", "notices"] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const EMAIL_KIND_LABELS: Record<EmailKind, { title: string; description: string }> = {
  reminders: { title: "Booking reminders", description: "An email the day before each booking, with the calendar file." },
  cancellations: { title: "Cancellations by the organiser", description: "When an organiser cancels a session you booked." },
  notices: {
    title: "Changes at your sellers",
    description: "A disconnected account, a changed access pass or details, entitlements and evidence requests.",
  },
};

export function isEmailKind(value: unknown): value is EmailKind {
  return typeof value === "string" && (EMAIL_KINDS as readonly string[]).includes(value);
}
