import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PortalUser } from "@/lib/auth/current-user";
import { EMAIL_KIND_LABELS, EMAIL_KINDS } from "@/lib/notifications/kinds";
import { getEmailPreferences } from "../data";
import { saveEmailPreferencesAction } from "../email-preferences-action";

/** Each kind of email on or off; every email also carries a one-click unsubscribe link. */
export async function EmailPreferencesSection({ user, saved }: { user: PortalUser; saved: boolean }) {
  const preferences = await getEmailPreferences(user.id);
  return (
    <section aria-labelledby="email-preferences-heading" id="email-preferences" className="rounded-lg border border-gray-300 p-5">
      <h2 id="email-preferences-heading" className="mb-4 text-lg font-semibold">
        Emails
      </h2>
      {saved ? (
        <Alert tone="success" className="mb-4">
          Your email choices are saved.
        </Alert>
      ) : null}
      <form action={saveEmailPreferencesAction} className="space-y-4">
        <fieldset className="space-y-3">
          <legend className="mb-2 text-sm">Send me these emails at {user.email}:</legend>
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
                  {EMAIL_KIND_LABELS[kind].title}
                </label>
                <p id={`email-${kind}-description`} className="text-sm">
                  {EMAIL_KIND_LABELS[kind].description}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <p className="text-sm">Emails about your sign-in and your account's security are always sent.</p>
        <SubmitButton variant="secondary" pendingText="Saving…">
          Save email choices
        </SubmitButton>
      </form>
    </section>
  );
}
