import type { Metadata } from "next";
import { randomBytes } from "node:crypto";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getBrokerConfig } from "@/lib/broker/config";
import { SignUpForm } from "./_components/sign-up-form";
import { SignInPrompt } from "../_components/sign-in-prompt";
import { SIGNED_IN_LANDING } from "../landing";

// no-referrer: a guest's address may be in this page's query (prefilled from imin's guest checkout).
export const metadata: Metadata = { title: "Create your account", referrer: "no-referrer" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl: raw, email: rawEmail } = await searchParams;
  // Prefilled only: a guest who booked through imin's checkout comes back with the address they gave it.
  const email = typeof rawEmail === "string" && rawEmail.length <= 254 && /^[^\s@<>]+@[^\s@<>]+$/.test(rawEmail) ? rawEmail : undefined;
  // The page to come back to (a public session page): the confirmation mail's link carries it.
  const callbackUrl = typeof raw === "string" ? safeCallbackPath(raw, "") || undefined : undefined;
  if (await getCurrentUser()) redirect(callbackUrl ?? SIGNED_IN_LANDING);
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
      <SignUpForm nonce={randomBytes(16).toString("base64url")} callbackUrl={callbackUrl} email={email} />
      <SignInPrompt question="Already have an account?" callbackUrl={callbackUrl} />
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
