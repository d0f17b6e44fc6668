import { useTranslations } from "next-intl";
import type { SellerInfo } from "@/lib/imin/seller-accounts";

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

const SOCIAL: [RegExp, string][] = [
  [/facebook\.com/i, "Facebook"],
  [/(twitter|x)\.com/i, "X (Twitter)"],
  [/instagram\.com/i, "Instagram"],
  [/linkedin\.com/i, "LinkedIn"],
  [/youtube\.com/i, "YouTube"],
];

function socialName(url: string): string {
  return SOCIAL.find(([pattern]) => pattern.test(url))?.[1] ?? hostOf(url);
}

/** Logo, name and the ways to contact the seller. */
export function SellerHeader({ seller, headingId }: { seller: SellerInfo; headingId: string }) {
  const t = useTranslations("sellers.header");
  return (
    <div className="flex items-start gap-4">
      {seller.logoUrl ? (
        // Seller logos come from imin at any size; a fixed box keeps the list steady while they load.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={seller.logoUrl} alt="" width={56} height={56} loading="lazy" className="h-14 w-14 shrink-0 rounded-md object-contain" />
      ) : (
        <div
          aria-hidden="true"
          className="flex h-14 w-14 shrink-0 items-center justify-center rounded-md bg-gray-200 text-lg font-bold text-gray-700"
        >
          {seller.name.slice(0, 1).toUpperCase()}
        </div>
      )}
      <div className="min-w-0">
        <h2 id={headingId} className="text-lg font-semibold">
          {seller.name}
        </h2>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {seller.url ? (
            <li>
              <a className="text-link underline underline-offset-2" href={seller.url} rel="noopener noreferrer" target="_blank">
                {hostOf(seller.url)}
                <span className="sr-only"> {t("website")}</span>
              </a>
            </li>
          ) : null}
          {seller.telephone ? (
            <li>
              <a className="text-link underline underline-offset-2" href={`tel:${seller.telephone.replace(/[^\d+]/g, "")}`}>
                <span className="sr-only">{t("phone")} </span>
                {seller.telephone}
              </a>
            </li>
          ) : null}
          {seller.email ? (
            <li>
              <a className="text-link underline underline-offset-2" href={`mailto:${seller.email}`}>
                <span className="sr-only">{t("email")} </span>
                {seller.email}
              </a>
            </li>
          ) : null}
          {seller.sameAs.map((url) => (
            <li key={url}>
              <a className="text-link underline underline-offset-2" href={url} rel="noopener noreferrer" target="_blank">
                {socialName(url)}
                <span className="sr-only"> {t("newTab")}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
