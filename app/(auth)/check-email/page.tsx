import type { Metadata } from "next";
import Link from "next/link";
import { VERIFY_EMAIL_LINK_HOURS } from "@/lib/mail/lifetimes";
import { checkEmailAddress } from "../data";
import { ResendForm } from "./_components/resend-form";
import { SignInPrompt } from "../_components/sign-in-prompt";

export const metadata: Metadata = { title: "Confirm your email address" };

/**
 * The one page for an address that is not confirmed yet: after signing up, and when such a login
 * signs in. It says the same whether or not the address has an account; it names the address this
 * browser just gave (a short-lived cookie, never the URL).
 */
export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { from } = await searchParams;
  const address = await checkEmailAddress();
  const named = address ? (
    <strong className="font-semibold break-all" data-testid="check-email-address">
      {address}
    </strong>
  ) : undefined;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{from === "sign-in" ? "Confirm your email address first" : "Check your email"}</h1>
      <div className="space-y-3 text-sm">
        {from === "sign-in" ? (
          <p>
            Your account is not ready yet: we need to know {named ? <>that {named}</> : "the email address"} is yours before we set it up.
          </p>
        ) : (
          <p>
            We've sent a link to {named ?? "the address you gave"}. Open it to confirm the address and finish creating your account; in this
            browser it signs you in too.
          </p>
        )}
        <p>
          The link works once and for {VERIFY_EMAIL_LINK_HOURS} hours. Nothing is shared with our booking partners until you confirm. If
          nothing arrives within a few minutes, check your spam folder or send the link again below.
        </p>
        <p>
          Used the wrong address?{" "}
          <Link href="/sign-up" className="text-link font-semibold underline underline-offset-2">
            Sign up again with the right one
          </Link>
          .
        </p>
      </div>
      <section aria-labelledby="resend-heading" className="space-y-3">
        <h2 id="resend-heading" className="text-lg font-semibold">
          Didn't get the email?
        </h2>
        <ResendForm email={address} />
      </section>
      <SignInPrompt question="Already confirmed?" />
    </div>
  );
}
