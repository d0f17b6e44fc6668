import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { SellerAccount } from "@/lib/imin/seller-accounts";

export interface LinkReturn {
  /** The seller named in the return URL (slug, identifier or id). */
  seller?: string;
  outcome?: string;
  /** Set by the portal's own link action when it could not start the flow. */
  link?: string;
}

function findSeller(accounts: SellerAccount[], ref: string | undefined) {
  if (!ref) return undefined;
  return accounts.find((a) => a.seller.ref === ref || a.seller.id === ref || a.seller.id.replace(/\/+$/, "").endsWith(`/${ref}`));
}

/**
 * What happened in the seller's flow. The return URL is only a hint: "linked" is confirmed against
 * the list imin just sent.
 */
export function LinkResult({ result, accounts }: { result: LinkReturn; accounts: SellerAccount[] }) {
  const t = useTranslations("sellers.result");
  if (result.link === "error") return <Alert tone="error">{t("error")}</Alert>;
  if (result.link === "unavailable") return <Alert tone="warning">{t("unavailable")}</Alert>;
  if (!result.outcome) return null;
  const account = findSeller(accounts, result.seller);
  const name = account?.seller.name;
  switch (result.outcome) {
    case "linked":
      return account?.linked ? (
        <Alert tone="success" title={t("linkedTitle", { name: account.seller.name })}>
          {t("linkedBody", { name: account.seller.name })}
        </Alert>
      ) : (
        <Alert tone="info">{name ? t("pending", { name }) : t("pendingUnknown")}</Alert>
      );
    case "cancelled":
      return <Alert tone="info">{name ? t("cancelled", { name }) : t("cancelledUnknown")}</Alert>;
    case "failed":
      return <Alert tone="error">{name ? t("failed", { name }) : t("failedUnknown")}</Alert>;
    default:
      return null;
  }
}
