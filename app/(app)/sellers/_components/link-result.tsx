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
  if (result.link === "error") {
    return <Alert tone="error">We couldn&apos;t reach the centre or club just now. Please try again in a few minutes.</Alert>;
  }
  if (result.link === "unavailable") {
    return <Alert tone="warning">Linking with that centre or club isn&apos;t available right now. Please try again.</Alert>;
  }
  if (!result.outcome) return null;
  const account = findSeller(accounts, result.seller);
  const name = account?.seller.name ?? "the centre or club";
  switch (result.outcome) {
    case "linked":
      return account?.linked ? (
        <Alert tone="success" title={`Your ${name} account is now linked`}>
          Your details from {name} are shown below.
        </Alert>
      ) : (
        <Alert tone="info">{`${name === "the centre or club" ? "The centre or club" : name} hasn't confirmed the link yet. Check back in a few minutes.`}</Alert>
      );
    case "cancelled":
      return <Alert tone="info">{`You cancelled linking your ${name} account. Nothing was changed.`}</Alert>;
    case "failed":
      return (
        <Alert tone="error">
          {`${name === "the centre or club" ? "The centre or club" : name} couldn't link your account. Please try again, or contact ${name} if it keeps happening.`}
        </Alert>
      );
    default:
      return null;
  }
}
