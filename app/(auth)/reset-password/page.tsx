import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { isTokenUsable } from "../data";
import { ResetPasswordForm } from "./_components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await isTokenUsable(token, "reset_password"));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {usable ? (
        <>
          <p className="text-sm">Saving a new password signs you out on every device; then sign in with the new one.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <Alert tone="warning">This link has expired or was already used. Reset links work once and for 1 hour.</Alert>
          <p className="text-sm">
            <Link href="/forgot-password" className="text-link font-semibold underline underline-offset-2">
              Ask for a new link
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
