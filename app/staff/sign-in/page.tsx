import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { StaffPasswordForm } from "../_components/staff-sign-in-forms";
import { alreadySignedIn } from "../data";

export const metadata: Metadata = { title: "Sign in" };

export default async function StaffSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await alreadySignedIn()) redirect("/staff");
  const params = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Staff sign in</h1>
      {params.signedOut ? <Alert tone="info">You have signed out.</Alert> : null}
      {params.expired ? <Alert tone="info">That took too long. Please start again.</Alert> : null}
      <p className="text-sm text-gray-700">For the broker's staff. Customers sign in on the portal's own sign-in page.</p>
      <StaffPasswordForm />
    </div>
  );
}
