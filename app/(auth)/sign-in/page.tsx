import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { SIGNED_IN_LANDING } from "../landing";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const raw = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  const callbackUrl = raw ? safeCallbackPath(raw) : undefined;
  // reauth=1: an app asked the OpenID Provider for a fresh sign-in (prompt=login, max_age).
  const reauth = params.reauth === "1" && callbackUrl !== undefined;
  if (!reauth && (await getCurrentUser())) redirect(callbackUrl ?? SIGNED_IN_LANDING);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      {params.signedOut ? (
        <Alert tone="info">{params.signedOut === "everywhere" ? "You have signed out on every device." : "You have signed out."}</Alert>
      ) : null}
      {params.deleted ? <Alert tone="success">Your account has been deleted.</Alert> : null}
      {params.verified ? (
        <Alert tone="success">
          {params.verified === "later"
            ? "Your email address is confirmed. Sign in to finish setting up your account."
            : "Your email address is confirmed and your account is ready. Sign in to start."}
        </Alert>
      ) : null}
      {params.reset ? (
        <Alert tone="success">Your password has been changed and every device signed out. Sign in with the new one.</Alert>
      ) : null}
      {params.emailChanged ? <Alert tone="success">Your email address has been changed. Sign in with the new one.</Alert> : null}
      {callbackUrl && !params.signedOut ? (
        <Alert tone="info">{reauth ? "Please sign in again to continue." : "Please sign in to continue."}</Alert>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="text-sm">
        <Link href="/forgot-password" className="text-link font-semibold underline underline-offset-2">
          Forgot your password?
        </Link>
      </p>
      <p className="text-sm">
        New here?{" "}
        <Link
          href={callbackUrl && !reauth ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"}
          className="text-link font-semibold underline underline-offset-2"
        >
          Create an account
        </Link>
      </p>
    </div>
  );
}
