import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/shell/site-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getBrokerConfig } from "@/lib/broker/config";
import { EMAIL_KIND_LABELS, isEmailKind } from "@/lib/notifications/kinds";
import { isSandboxMode } from "@/lib/sandbox-mode";

export const metadata: Metadata = { title: "Unsubscribe", referrer: "no-referrer", robots: { index: false } };

type Search = Record<string, string | string[] | undefined>;

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Reached from the link in an email: one button turns that kind of email off, without signing in. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const done = one(params.done);
  const kind = one(params.k);
  return (
    <>
      <SiteHeader broker={getBrokerConfig()} sandbox={isSandboxMode()} />
      <main id="main" className="mx-auto w-full max-w-md space-y-6 px-4 py-10">
        <h1 className="text-2xl font-bold">Unsubscribe</h1>
        {isEmailKind(done) ? (
          <Alert tone="success">You won't get {EMAIL_KIND_LABELS[done].title.toLowerCase()} by email any more.</Alert>
        ) : params.invalid || !isEmailKind(kind) ? (
          <Alert tone="warning">
            This unsubscribe link is not complete. Copy the whole link from the email, or choose your emails on your account page.
          </Alert>
        ) : (
          <form method="post" action="/api/unsubscribe" className="space-y-4">
            <p className="text-sm">Stop sending me {EMAIL_KIND_LABELS[kind].title.toLowerCase()} by email.</p>
            <input type="hidden" name="from" value="page" />
            <input type="hidden" name="u" value={one(params.u) ?? ""} />
            <input type="hidden" name="k" value={kind} />
            <input type="hidden" name="s" value={one(params.s) ?? ""} />
            <Button type="submit">Unsubscribe</Button>
          </form>
        )}
        <p className="text-sm">
          <Link href="/account#email-preferences" className="text-link font-semibold underline underline-offset-2">
            Choose your emails on your account page
          </Link>{" "}
          (after signing in).
        </p>
      </main>
    </>
  );
}
