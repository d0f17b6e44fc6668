import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { isSigningUpBrowser, isTokenUsable } from "../data";
import { INVALID_LINK_MESSAGE } from "./messages";
import { BrowserConfirmForm } from "./_components/browser-confirm-form";
import { VerifyForm } from "./_components/verify-form";

export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token, next: rawNext } = await searchParams;
  // Where the sign-up started (a public session page), carried by the link; the callbackUrl checks.
  const next = typeof rawNext === "string" ? safeCallbackPath(rawNext, "") || undefined : undefined;
  const usable = typeof token === "string" && (await isTokenUsable(token, "verify_email"));
  // The browser that signed up confirms with one press; any other is asked for the sign-up password.
  const sameBrowser = usable && (await isSigningUpBrowser(token));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Confirm your email address</h1>
      {sameBrowser ? (
        <>
          <p className="text-sm">You signed up in this browser: confirm this address to finish creating your account and sign in.</p>
          <BrowserConfirmForm token={token} next={next} />
        </>
      ) : usable ? (
        <>
          <p className="text-sm">
            To finish creating your account, confirm this address with the password you chose when you signed up. You can then sign in.
          </p>
          <VerifyForm token={token} next={next} />
          <p className="text-sm">Didn't sign up? Ignore this email — nothing happens without the password.</p>
        </>
      ) : (
        <>
          <Alert tone="warning">{INVALID_LINK_MESSAGE}</Alert>
          <p className="text-sm">
            <Link href="/sign-in" className="text-link font-semibold underline underline-offset-2">
              Sign in
            </Link>{" "}
            or{" "}
            <Link href="/check-email" className="text-link font-semibold underline underline-offset-2">
              send a new link
            </Link>
            .
          </p>
        </>
      )}
    </div>
  );
}
