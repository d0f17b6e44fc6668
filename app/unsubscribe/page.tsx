import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/shell/site-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getBrokerConfig } from "@/lib/broker/config";
import { isEmailKind } from "@/lib/notifications/kinds";
import { isSandboxMode } from "@/lib/sandbox-mode";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unsubscribe");
  return { title: t("title"), referrer: "no-referrer", robots: { index: false } };
}

type Search = Record<string, string | string[] | undefined>;

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * Reached from the link in an email (which carries `lang=`, so it opens in the email's language):
 * one button turns that kind of email off, without signing in.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Search> }) {
  const [params, t, locale] = await Promise.all([searchParams, getTranslations("unsubscribe"), getLocale()]);
  const done = one(params.done);
  const kind = one(params.k);
  return (
    <>
      <SiteHeader broker={getBrokerConfig()} sandbox={isSandboxMode()} />
      <main id="main" className="mx-auto w-full max-w-md space-y-6 px-4 py-10">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {isEmailKind(done) ? (
          <Alert tone="success">{t("done", { kind: done })}</Alert>
        ) : params.invalid || !isEmailKind(kind) ? (
          <Alert tone="warning">{t("incomplete")}</Alert>
        ) : (
          <form method="post" action="/api/unsubscribe" className="space-y-4">
            <p className="text-sm">{t("confirm", { kind })}</p>
            <input type="hidden" name="from" value="page" />
            <input type="hidden" name="lang" value={locale} />
            <input type="hidden" name="u" value={one(params.u) ?? ""} />
            <input type="hidden" name="k" value={kind} />
            <input type="hidden" name="s" value={one(params.s) ?? ""} />
            <Button type="submit">{t("button")}</Button>
          </form>
        )}
        <p className="text-sm">
          {t.rich("account", {
            link: (chunks) => (
              <Link href="/account#email-preferences" className="text-link font-semibold underline underline-offset-2">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </main>
    </>
  );
}
