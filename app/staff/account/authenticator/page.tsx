import type { Metadata } from "next";
import { QrImage } from "../../_components/qr-image";
import { ConfirmAuthenticatorForm } from "../_components/account-forms";
import { authenticatorSetupView } from "../data";

export const metadata: Metadata = { title: "New authenticator app" };

/** Moving to a new authenticator app: the key stays the same across reloads until a code from it is entered. */
export default async function StaffAuthenticatorPage() {
  const setup = await authenticatorSetupView();
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-2xl font-bold">New authenticator app</h1>
      {setup ? (
        <ol className="list-decimal space-y-3 pl-5 text-sm">
          <li>
            Add this account to your authenticator app: scan the code, or enter the setup key.
            {setup.qr ? <QrImage svg={setup.qr} /> : null}
            <p className="mt-2">
              Setup key:{" "}
              <code data-testid="totp-secret" className="break-all font-mono">
                {setup.secret}
              </code>
            </p>
          </li>
          <li>Enter the code the app shows. Until then, your current app (or passkey) keeps working.</li>
        </ol>
      ) : null}
      <ConfirmAuthenticatorForm />
    </div>
  );
}
