import type { Metadata } from "next";
import { randomBytes } from "node:crypto";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getBrokerConfig } from "@/lib/broker/config";
import { SignUpForm } from "./_components/sign-up-form";
import { SignInPrompt } from "../_components/sign-in-prompt";
import { SIGNED_IN_LANDING } from "../landing";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect(SIGNED_IN_LANDING);
  const broker = getBrokerConfig();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Create your account</h1>
        <p className="mt-1 text-sm text-gray-700">One {broker.name} account for booking activities and managing your memberships.</p>
        <p className="mt-2 text-sm text-gray-700">
          Accounts are for people aged 13 and over. We'll email you a link to confirm your address before your account is set up.
        </p>
        <p className="mt-2 text-sm text-gray-700" data-testid="sign-up-family-note">
          Booking for children? Create your own account first, then add them as family members under Account, Family: you book and manage
          their places from your account.
        </p>
      </div>
      <SignUpForm nonce={randomBytes(16).toString("base64url")} />
      <SignInPrompt question="Already have an account?" />
      <p className="text-xs text-gray-700">
        By creating an account you agree to the{" "}
        <a className="text-link underline" href={broker.termsUrl}>
          terms
        </a>{" "}
        and{" "}
        <a className="text-link underline" href={broker.privacyUrl}>
          privacy policy
        </a>
        .
      </p>
    </div>
  );
}
