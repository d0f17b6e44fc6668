import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * "Show at the desk": a full-screen white layer above the header and tab bar, black text, nothing
 * else to tap but Done.
 */
export function DeskScreen({
  title,
  subtitle,
  logoUrl,
  backHref,
  children,
}: {
  title: string;
  subtitle?: string;
  logoUrl?: string;
  backHref: string;
  children: ReactNode;
}) {
  const t = useTranslations("pass.desk");
  return (
    <div className="fixed inset-0 z-50 overflow-y-auto bg-white text-black" data-testid="desk-screen">
      <div className="mx-auto flex min-h-full max-w-xl flex-col items-center gap-6 px-4 py-6">
        <div className="flex w-full items-center justify-between gap-3">
          <div className="flex min-w-0 items-center gap-3">
            {logoUrl ? (
              // Seller logos are arbitrary URLs from imin: a plain img avoids image-domain config.
              <img src={logoUrl} alt="" width={48} height={48} className="h-12 w-12 shrink-0 object-contain" />
            ) : null}
            <div className="min-w-0">
              <h1 className="text-xl font-bold break-words">{title}</h1>
              {subtitle ? <p className="text-sm">{subtitle}</p> : null}
            </div>
          </div>
          <Link
            href={backHref}
            className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-md border-2 border-black px-4 font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-black"
          >
            {t("done")}
          </Link>
        </div>
        {children}
      </div>
    </div>
  );
}
