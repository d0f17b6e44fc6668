import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { LinkResult, type LinkReturn } from "./_components/link-result";
import { SellerList } from "./_components/seller-list";
import { SellersSkeleton } from "./_components/sellers-skeleton";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser, type PortalUser } from "@/lib/auth/current-user";
import { getLocalizedBroker } from "@/lib/i18n/server";
import { startLinkAction } from "./actions";
import { getSellersForPage, IminError } from "./data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocalizedBroker()).words.memberships };
}

function one(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.length <= 500 ? v : undefined;
}

async function Sellers({ user, result }: { user: PortalUser; result: LinkReturn }) {
  try {
    const [accounts, broker] = await Promise.all([getSellersForPage(user), getLocalizedBroker()]);
    return (
      <div className="space-y-6">
        <LinkResult result={result} accounts={accounts} />
        {accounts.length ? (
          <SellerList accounts={accounts} brokerName={broker.name} linkAction={startLinkAction} />
        ) : (
          <p>{(await getTranslations("sellers"))("none")}</p>
        )}
      </div>
    );
  } catch (e) {
    if (e instanceof IminError) {
      const [t, common] = await Promise.all([getTranslations("sellers"), getTranslations("common")]);
      return (
        <Alert tone="error" title={t("unavailable")}>
          {e.customerMessage}{" "}
          <a href="/sellers" className="underline">
            {common("tryAgain")}
          </a>
        </Alert>
      );
    }
    throw e;
  }
}

export default async function SellersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, params, broker, t] = await Promise.all([requireUser(), searchParams, getLocalizedBroker(), getTranslations("sellers")]);
  const result: LinkReturn = { seller: one(params.linked), outcome: one(params.outcome), link: one(params.link) };
  return (
    <div>
      <PageHeader title={broker.words.memberships} description={t("description")} />
      <Suspense fallback={<SellersSkeleton />}>
        <Sellers user={user} result={result} />
      </Suspense>
    </div>
  );
}
