"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { type Locale, twinPath } from "@/lib/i18n/locales";

// Each language named in itself (never translated).
const NAMES: Record<Locale, string> = { cy: "Cymraeg", en: "English" };

/**
 * "Cymraeg" / "English": the current language as text, the others as plain links (no prefetch: following
 * one stores a choice) to the same path and query with `lang=` set (docs/features/languages.md).
 * A client component so the link follows client-side navigation (the root layout is not re-rendered).
 */
export function LanguageSwitch({ locales, current, label }: { locales: readonly Locale[]; current: Locale; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const here = `${pathname}${search ? `?${search}` : ""}`;
  return (
    <nav aria-label={label} data-testid="language-switch">
      <ul className="flex gap-3">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span lang={locale} aria-current="true" className="font-semibold">
                {NAMES[locale]}
              </span>
            ) : (
              <a lang={locale} hrefLang={locale} href={twinPath(here, locale)} className="text-link underline underline-offset-2">
                {NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
