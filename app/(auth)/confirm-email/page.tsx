import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { isTokenUsable } from "../data";
import { ConfirmEmailForm } from "./_components/confirm-email-form";

export const metadata: Metadata = { title: "Confirm your new email address", referrer: "no-referrer" };

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await isTokenUsable(token, "change_email"));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Confirm your new email address</h1>
      {usable ? (
        <>
          <p className="text-sm">
            From now on you'll sign in with this address, and our booking partners will have it too. Your old address gets a note about the
            change, and you'll be signed out on your other devices.
          </p>
          <ConfirmEmailForm token={token} />
        </>
      ) : (
        <>
          <Alert tone="warning">This link has expired or was already used. Confirmation links work once and for 24 hours.</Alert>
          <p className="text-sm">
            <Link href="/account" className="text-link font-semibold underline underline-offset-2">
              Go to your account
            </Link>{" "}
            to ask for the change again.
          </p>
        </>
      )}
    </div>
  );
}
