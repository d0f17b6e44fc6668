import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { LinkedSellerAccount, SellerEntitlement } from "@/lib/imin/seller-accounts";
import { formatDate } from "@/lib/format";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";
import { AccessPassBarcode } from "./access-pass-barcode";

function EvidenceBadge({ e }: { e: SellerEntitlement }) {
  const t = useTranslations("sellers.evidence");
  switch (e.evidence?.status) {
    case "potential":
      return <Badge tone="warning">{t("needed")}</Badge>;
    case "active":
      return <Badge tone="info">{t("checking")}</Badge>;
    case "completed":
      return <Badge tone="success">{t("active")}</Badge>;
    case "failed":
      return <Badge tone="danger">{t("failed")}</Badge>;
    default:
      return null;
  }
}

/**
 * imin's entitlement update errors are written for developers; say what they mean for the customer
 * (imin's own reason, in its words, goes in the middle).
 */
function EntitlementError({
  type,
  message,
  sellerName,
  brokerName,
}: {
  type?: string;
  message: string;
  sellerName: string;
  brokerName: string;
}) {
  const t = useTranslations("sellers.entitlementError");
  const reason = message.replace(/\.+$/, "");
  const values = { seller: sellerName, broker: brokerName, reason: `${reason.charAt(0).toLowerCase()}${reason.slice(1)}` };
  return <>{type === "EntitlementConflict" ? t("conflict", values) : t("other", values)}</>;
}

function EntitlementItem({ e, sellerName }: { e: SellerEntitlement; sellerName: string }) {
  const t = useTranslations("sellers.evidence");
  const locale = useIntlLocale();
  const status = e.evidence?.status;
  const open = status === "potential" || status === "active";
  const overdue = open && e.evidence?.expiry ? Date.parse(e.evidence.expiry) < Date.now() : false;
  const seller = sellerName;
  return (
    <li className="rounded-md border border-gray-200 p-3" data-testid="entitlement">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{e.label}</span>
        <EvidenceBadge e={e} />
      </div>
      {e.expires && status !== "failed" ? (
        <p className="mt-1 text-sm text-gray-700">{t("validUntil", { date: formatDate(e.expires, undefined, locale) })}</p>
      ) : null}
      {status === "potential" ? (
        <p className="mt-1 text-sm">
          {e.evidence?.expiry
            ? t.rich("proofBy", {
                seller,
                date: formatDate(e.evidence.expiry, undefined, locale),
                b: (chunks) => <strong>{chunks}</strong>,
              })
            : t("proof", { seller })}
        </p>
      ) : null}
      {status === "active" ? <p className="mt-1 text-sm">{t("beingChecked", { seller })}</p> : null}
      {status === "failed" ? <p className="mt-1 text-sm">{t("rejected", { seller })}</p> : null}
      {open && e.evidence?.uploadUrl && !overdue ? (
        <p className="mt-2">
          <a
            href={e.evidence.uploadUrl}
            rel="noopener noreferrer"
            target="_blank"
            className="text-sm font-semibold text-link underline underline-offset-2"
          >
            {status === "active" ? t("view", { label: e.label }) : t("upload", { label: e.label })}
            <span className="sr-only"> {t("opensAt", { seller })}</span>
          </a>
        </p>
      ) : null}
      {overdue ? <p className="mt-1 text-sm">{t("overdue", { seller })}</p> : null}
    </li>
  );
}

export function LinkedAccountDetails({ account, brokerName }: { account: LinkedSellerAccount; brokerName: string }) {
  const t = useTranslations("sellers.details");
  const locale = useIntlLocale();
  const name = account.seller.name;
  return (
    <div className="mt-4 space-y-4">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-gray-700">{t("linkedSince")}</dt>
        <dd>{account.dateLinked ? formatDate(account.dateLinked, undefined, locale) : t("linked")}</dd>
        <dt className="font-medium text-gray-700">{t("emailAt", { name })}</dt>
        <dd className="break-all">{account.email ?? t("notShared")}</dd>
      </dl>

      <div>
        <h3 className="mb-2 text-sm font-semibold">{t("accessPass")}</h3>
        {account.accessPass ? (
          <AccessPassBarcode text={account.accessPass} sellerName={name} />
        ) : (
          <p className="text-sm">
            {t.rich("noAccessPass", {
              link: (chunks) => (
                <a className="text-link underline" href="/account#access-pass">
                  {chunks}
                </a>
              ),
            })}
          </p>
        )}
      </div>

      {account.entitlements.length || account.hiddenEntitlements || account.entitlementErrors.length ? (
        <div>
          <h3 className="mb-2 text-sm font-semibold">{t("entitlements")}</h3>
          {account.entitlements.length ? (
            <ul className="space-y-2">
              {account.entitlements.map((e) => (
                <EntitlementItem key={e.id ?? e.label} e={e} sellerName={name} />
              ))}
            </ul>
          ) : null}
          {account.hiddenEntitlements ? (
            <p className="mt-2 text-sm" data-testid="hidden-entitlements">
              {t("hidden", { name })}
            </p>
          ) : null}
          {account.entitlementErrors.length ? (
            <ul className="mt-2 space-y-1 text-sm" data-testid="entitlement-errors">
              {account.entitlementErrors.map((e) => (
                <li key={e.message} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
                  <EntitlementError type={e.type} message={e.message} sellerName={name} brokerName={brokerName} />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
