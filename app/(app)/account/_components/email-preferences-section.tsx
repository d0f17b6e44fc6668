import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PortalUser } from "@/lib/auth/current-user";
import { EMAIL_KINDS, type EmailKind } from "@/lib/notifications/kinds";
import { getEmailPreferences } from "../data";
import { saveEmailPreferencesAction } from "../email-preferences-action";

/** Each kind of email on or off; every email also carries a one-click unsubscribe link. */
export async function EmailPreferencesSection({ user, saved }: { user: PortalUser; saved: boolean }) {
  const [preferences, t, sections, common] = await Promise.all([
    getEmailPreferences(user.id),
    getTranslations("account.emails"),
    getTranslations("account.sections"),
    getTranslations("account"),
  ]);
  const labels: Record<EmailKind, { title: string; description: string }> = {
    reminders: { title: t("reminders.title"), description: t("reminders.description") },
    cancellations: { title: t("cancellations.title"), description: t("cancellations.description") },
    notices: { title: t("notices.title"), description: t("notices.description") },
  };
  return (
    <section aria-labelledby="email-preferences-heading" id="email-preferences" className="rounded-lg border border-gray-300 p-5">
      <h2 id="email-preferences-heading" className="mb-4 text-lg font-semibold">
        {sections("emails")}
      </h2>
      {saved ? (
        <Alert tone="success" className="mb-4">
          {t("saved")}
        </Alert>
      ) : null}
      <form action={saveEmailPreferencesAction} className="space-y-4">
        <fieldset className="space-y-3">
          <legend className="mb-2 text-sm">{t("legend", { email: user.email })}</legend>
          {EMAIL_KINDS.map((kind) => (
            <div key={kind} className="flex items-start gap-3">
              <input
                id={`email-${kind}`}
                name={kind}
                type="checkbox"
                defaultChecked={preferences[kind]}
                aria-describedby={`email-${kind}-description`}
                className="mt-1 h-4 w-4"
              />
              <div>
                <label htmlFor={`email-${kind}`} className="text-sm font-semibold">
                  {labels[kind].title}
                </label>
                <p id={`email-${kind}-description`} className="text-sm">
                  {labels[kind].description}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <p className="text-sm">{t("always")}</p>
        <SubmitButton variant="secondary" pendingText={common("saving")}>
          {t("submit")}
        </SubmitButton>
      </form>
    </section>
  );
}
