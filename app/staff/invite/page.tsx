import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { InviteForm } from "../_components/invite-form";
import { inviteView } from "../data";

export const metadata: Metadata = { title: "Accept the invite" };

export default async function StaffInvitePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : undefined;
  const invite = await inviteView(token);
  if (!invite || !token) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">Invite</h1>
        <Alert tone="error">This invite link has expired or was already used. Ask an admin for a new one.</Alert>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Welcome to the staff console</h1>
      <p className="text-sm">
        You are invited as <strong>{invite.email}</strong> ({invite.role}). Staff sign in with a password and a code from an authenticator
        app, every time.
      </p>
      <ol className="list-decimal space-y-3 pl-5 text-sm">
        <li>
          Add this account to your authenticator app: scan the code, or enter the setup key.
          {invite.qr ? (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: modules only, drawn on the server by qrcode from the otpauth URI.
            <div role="img" aria-label="QR code of the setup key" className="mt-2 w-48" dangerouslySetInnerHTML={{ __html: invite.qr }} />
          ) : null}
          <p className="mt-2">
            Setup key:{" "}
            <code data-testid="totp-secret" className="break-all font-mono">
              {invite.secret}
            </code>
          </p>
        </li>
        <li>Choose a password and enter the code the app shows.</li>
      </ol>
      <InviteForm token={token} secret={invite.secret} />
    </div>
  );
}
