import { Badge } from "@/components/ui/badge";
import type { LinkedSellerAccount, SellerEntitlement } from "@/lib/imin/seller-accounts";
import { formatDate } from "@/lib/format";
import { AccessPassBarcode } from "./access-pass-barcode";

function evidenceBadge(e: SellerEntitlement) {
  switch (e.evidence?.status) {
    case "potential":
      return <Badge tone="warning">Evidence needed</Badge>;
    case "active":
      return <Badge tone="info">Evidence being checked</Badge>;
    case "completed":
      return <Badge tone="success">Active</Badge>;
    case "failed":
      return <Badge tone="danger">Removed: evidence not accepted</Badge>;
    default:
      return null;
  }
}

/** imin's entitlement update errors are written for developers; say what they mean for the customer. */
function explainEntitlementError(type: string | undefined, message: string, sellerName: string, brokerName: string): string {
  const reason = message.replace(/\.+$/, "");
  const lead =
    type === "EntitlementConflict"
      ? `${sellerName} couldn't add your ${brokerName} discount because it clashes with something already on your account there`
      : `${sellerName} couldn't add your ${brokerName} discount`;
  return `${lead}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}. Contact ${sellerName} if you think this is wrong.`;
}

function EntitlementItem({ e, sellerName }: { e: SellerEntitlement; sellerName: string }) {
  const status = e.evidence?.status;
  const open = status === "potential" || status === "active";
  const overdue = open && e.evidence?.expiry ? Date.parse(e.evidence.expiry) < Date.now() : false;
  return (
    <li className="rounded-md border border-gray-200 p-3" data-testid="entitlement">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{e.label}</span>
        {evidenceBadge(e)}
      </div>
      {e.expires && status !== "failed" ? <p className="mt-1 text-sm text-gray-700">Valid until {formatDate(e.expires)}</p> : null}
      {status === "potential" ? (
        <p className="mt-1 text-sm">
          {sellerName} needs proof that you qualify
          {e.evidence?.expiry ? (
            <>
              {" "}
              by <strong>{formatDate(e.evidence.expiry)}</strong>
            </>
          ) : null}
          , or the discount will be removed.
        </p>
      ) : null}
      {status === "active" ? <p className="mt-1 text-sm">{sellerName} has your evidence and is checking it.</p> : null}
      {status === "failed" ? (
        <p className="mt-1 text-sm">{sellerName} did not accept the evidence, so this discount no longer applies.</p>
      ) : null}
      {open && e.evidence?.uploadUrl && !overdue ? (
        <p className="mt-2">
          <a
            href={e.evidence.uploadUrl}
            rel="noopener noreferrer"
            target="_blank"
            className="text-sm font-semibold text-link underline underline-offset-2"
          >
            {status === "active" ? "View or add evidence" : "Upload evidence"} for {e.label}
            <span className="sr-only"> at {sellerName} (opens in a new tab)</span>
          </a>
        </p>
      ) : null}
      {overdue ? <p className="mt-1 text-sm">The deadline for sending evidence has passed. Contact {sellerName}.</p> : null}
    </li>
  );
}

export function LinkedAccountDetails({ account, brokerName }: { account: LinkedSellerAccount; brokerName: string }) {
  const name = account.seller.name;
  return (
    <div className="mt-4 space-y-4">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-gray-700">Linked since</dt>
        <dd>{account.dateLinked ? formatDate(account.dateLinked) : "Linked"}</dd>
        <dt className="font-medium text-gray-700">Email at {name}</dt>
        <dd className="break-all">{account.email ?? "Not shared"}</dd>
      </dl>

      <div>
        <h3 className="mb-2 text-sm font-semibold">Access pass</h3>
        {account.accessPass ? (
          <AccessPassBarcode text={account.accessPass} sellerName={name} />
        ) : (
          <p className="text-sm">
            No access pass yet. You can set one for all your memberships on{" "}
            <a className="text-link underline" href="/account#access-pass">
              your account page
            </a>
            .
          </p>
        )}
      </div>

      {account.entitlements.length || account.hiddenEntitlements || account.entitlementErrors.length ? (
        <div>
          <h3 className="mb-2 text-sm font-semibold">Discounts and entitlements</h3>
          {account.entitlements.length ? (
            <ul className="space-y-2">
              {account.entitlements.map((e) => (
                <EntitlementItem key={e.id ?? e.label} e={e} sellerName={name} />
              ))}
            </ul>
          ) : null}
          {account.hiddenEntitlements ? (
            <p className="mt-2 text-sm" data-testid="hidden-entitlements">
              {name} also holds entitlements on your account that it doesn&apos;t share with us. Ask {name} if you want to know what they
              are.
            </p>
          ) : null}
          {account.entitlementErrors.length ? (
            <ul className="mt-2 space-y-1 text-sm" data-testid="entitlement-errors">
              {account.entitlementErrors.map((e) => (
                <li key={e.message} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
                  {explainEntitlementError(e.type, e.message, name, brokerName)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
