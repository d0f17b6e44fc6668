import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { SellerAccount } from "@/lib/imin/seller-accounts";
import { LinkButtons } from "./link-buttons";
import { LinkedAccountDetails } from "./linked-account-details";
import { SellerHeader } from "./seller-header";

function idFor(account: SellerAccount) {
  return `seller-${account.seller.ref.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

function Card({ account, children }: { account: SellerAccount; children: ReactNode }) {
  const headingId = `${idFor(account)}-name`;
  return (
    <li>
      <article
        aria-labelledby={headingId}
        id={idFor(account)}
        data-testid="seller"
        data-linked={account.linked ? "true" : "false"}
        className="rounded-lg border border-gray-300 p-5"
      >
        <SellerHeader seller={account.seller} headingId={headingId} />
        {children}
      </article>
    </li>
  );
}

export function SellerList({
  accounts,
  brokerName,
  linkAction,
}: {
  accounts: SellerAccount[];
  brokerName: string;
  linkAction: (formData: FormData) => Promise<void>;
}) {
  const t = useTranslations("sellers");
  const linked = accounts.filter((a) => a.linked);
  const unlinked = accounts.filter((a) => !a.linked);
  return (
    <div className="space-y-10">
      <section aria-labelledby="linked-heading">
        <h2 id="linked-heading" className="mb-3 text-xl font-semibold">
          {t("linked.heading")}
        </h2>
        {linked.length ? (
          <ul className="space-y-4">
            {linked.map((account) =>
              account.linked ? (
                <Card key={account.seller.id} account={account}>
                  <LinkedAccountDetails account={account} brokerName={brokerName} />
                </Card>
              ) : null,
            )}
          </ul>
        ) : (
          <p className="text-sm">{t("linked.none")}</p>
        )}
      </section>
      {unlinked.length ? (
        <section aria-labelledby="unlinked-heading">
          <h2 id="unlinked-heading" className="mb-1 text-xl font-semibold">
            {t("others.heading")}
          </h2>
          <p className="mb-3 text-sm text-gray-700">{t("others.intro")}</p>
          <ul className="space-y-4">
            {unlinked.map((account) =>
              account.linked ? null : (
                <Card key={account.seller.id} account={account}>
                  <LinkButtons account={account} action={linkAction} />
                </Card>
              ),
            )}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
