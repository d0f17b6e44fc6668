import type { Metadata } from "next";
import { Suspense } from "react";
import { LinkResult, type LinkReturn } from "./_components/link-result";
import { SellerList } from "./_components/seller-list";
import { SellersSkeleton } from "./_components/sellers-skeleton";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser, type PortalUser } from "@/lib/auth/current-user";
import { getBrokerConfig } from "@/lib/broker/config";
import { IminError } from "@/lib/imin/errors";
import { startLinkAction } from "./actions";
import { getSellersForPage } from "./data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getBrokerConfig().words.memberships };
}

function one(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.length <= 500 ? v : undefined;
}

async function Sellers({ user, result }: { user: PortalUser; result: LinkReturn }) {
  try {
    const accounts = await getSellersForPage(user);
    return (
      <div className="space-y-6">
        <LinkResult result={result} accounts={accounts} />
        {accounts.length ? (
          <SellerList accounts={accounts} brokerName={getBrokerConfig().name} linkAction={startLinkAction} />
        ) : (
          <p>No leisure centres or clubs are available to link yet.</p>
        )}
      </div>
    );
  } catch (e) {
    if (e instanceof IminError) {
      return (
        <Alert tone="error" title="Your memberships can't be shown right now">
          {e.customerMessage}{" "}
          <a href="/sellers" className="underline">
            Try again
          </a>
        </Alert>
      );
    }
    throw e;
  }
}

export default async function SellersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  const result: LinkReturn = { seller: one(params.linked), outcome: one(params.outcome), link: one(params.link) };
  return (
    <div>
      <PageHeader
        title={getBrokerConfig().words.memberships}
        description="Link your accounts at leisure centres, gyms and clubs to use one card everywhere and see your memberships and discounts."
      />
      <Suspense fallback={<SellersSkeleton />}>
        <Sellers user={user} result={result} />
      </Suspense>
    </div>
  );
}
