import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PasskeySignIn } from "../../_components/passkey-sign-in";
import { StaffFactorForm } from "../../_components/staff-sign-in-forms";
import { halfSignedIn } from "../../data";

export const metadata: Metadata = { title: "Second factor" };

export default async function StaffVerifyPage() {
  const member = await halfSignedIn();
  if (!member) redirect("/staff/sign-in?expired=1");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Second factor</h1>
      <p className="text-sm text-gray-700">
        Signing in as {member.email}.{" "}
        {member.passkey && member.totp
          ? "Use your passkey, or enter the 6-digit code your authenticator app shows."
          : member.passkey
            ? "Use your passkey."
            : "Enter the 6-digit code your authenticator app shows."}
      </p>
      {member.passkey ? <PasskeySignIn /> : null}
      <StaffFactorForm totp={member.totp} />
    </div>
  );
}
