import type { Metadata } from "next";
import { InviteForm } from "../_components/invite-form";
import { QrImage } from "../_components/qr-image";
import { inviteView } from "../data";

export const metadata: Metadata = { title: "Accept the invite" };

export default async function StaffInvitePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : undefined;
  const invite = await inviteView(token);
  // The form stays in the same place whether or not the invite is live: accepting it spends it and
  // this page renders again, and the form must keep the recovery codes it is showing.
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{invite ? "Welcome to the staff console" : "Invite"}</h1>
      {invite ? (
        <div className="space-y-4 text-sm">
          <p>
            You are invited as <strong>{invite.email}</strong> ({invite.role}). Staff sign in with a password and a second factor, every
            time: a code from an authenticator app, or a passkey on this device.
          </p>
          <ol className="list-decimal space-y-3 pl-5">
            <li>
              Add this account to your authenticator app: scan the code, or enter the setup key.
              {invite.qr ? <QrImage svg={invite.qr} /> : null}
              <p className="mt-2">
                Setup key:{" "}
                <code data-testid="totp-secret" className="break-all font-mono">
                  {invite.secret}
                </code>
              </p>
            </li>
            <li>Choose a password and enter the code the app shows. Or choose a password and finish with a passkey instead.</li>
          </ol>
        </div>
      ) : null}
      <InviteForm token={token ?? ""} live={Boolean(invite)} />
    </div>
  );
}
