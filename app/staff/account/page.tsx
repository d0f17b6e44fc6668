import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "../_components/confirm-action";
import { when } from "../_components/when";
import { removePasskeyAction } from "./actions";
import { AddPasskey, ChangePasswordForm, NewRecoveryCodesForm } from "./_components/account-forms";
import { accountView } from "./data";

export const metadata: Metadata = { title: "Your account" };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="max-w-xl space-y-3 rounded-md border border-gray-300 p-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The staff member's own password and second factors. Every change here signs out their other staff sessions. */
export default async function StaffAccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [account, params] = await Promise.all([accountView(), searchParams]);
  const onlyPasskey = !account.totp && account.passkeys.length === 1;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Your account</h1>
      <p className="text-sm text-gray-700">
        {account.email} ({account.role}). Each change here signs you out of the console in every other browser.
      </p>
      {params.authenticator ? (
        <Alert tone="success">
          Your new authenticator app is set up; codes from the old one no longer work. Your other staff sessions are signed out.
        </Alert>
      ) : null}
      <Section id="h-password" title="Password">
        <ChangePasswordForm />
      </Section>
      <Section id="h-authenticator" title="Authenticator app">
        <p className="text-sm" data-testid="totp-state">
          {account.totp ? "Set up." : "Not set up."}
        </p>
        <Link className="text-link text-sm underline underline-offset-2" href="/staff/account/authenticator">
          {account.totp ? "Move to a new authenticator app" : "Set up an authenticator app"}
        </Link>
      </Section>
      <Section id="h-passkeys" title="Passkeys">
        {account.passkeys.length ? (
          <ul className="space-y-3" data-testid="passkeys">
            {account.passkeys.map((p, i) => (
              <li key={p.id} className="space-y-1 text-sm">
                <p>
                  Passkey {i + 1}: added {when(p.createdAt)}, last used {p.lastUsedAt ? when(p.lastUsedAt) : "never"}
                </p>
                {onlyPasskey ? (
                  <p className="text-gray-700">Your only second factor: add another, or an authenticator app, before removing it.</p>
                ) : (
                  <ConfirmAction
                    action={removePasskeyAction}
                    label={`Remove passkey ${i + 1}`}
                    question="Remove this passkey?"
                    fields={{ credentialId: p.id }}
                    danger
                  />
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm">No passkeys yet.</p>
        )}
        <AddPasskey />
      </Section>
      <Section id="h-recovery" title="Recovery codes">
        <p className="text-sm text-gray-700">For when your authenticator app or passkey is not at hand: each code works once.</p>
        <NewRecoveryCodesForm />
      </Section>
    </div>
  );
}
