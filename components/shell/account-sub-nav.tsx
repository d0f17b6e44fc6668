"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { isActive } from "./nav-items";

const item = "inline-flex min-h-11 items-center px-0.5 text-sm font-semibold underline-offset-4 hover:underline";

/**
 * The Account section's pages as a plain list of links (the profile, memberships, family, payment
 * cards), above the page while one of them is open, at every width. `children`: sign out, on a phone.
 */
export function AccountSubNav({
  children,
  cardsUrl,
  membershipsLabel,
}: {
  children?: ReactNode;
  cardsUrl?: string;
  membershipsLabel: string;
}) {
  const pathname = usePathname();
  const t = useTranslations("shell.accountNav");
  const links = [
    { href: "/account", label: t("profile") },
    { href: "/sellers", label: membershipsLabel },
    { href: "/family", label: t("family") },
  ];
  if (!links.some((l) => isActive(pathname, l.href))) return null;
  return (
    <nav aria-label={t("label")} className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-gray-300 pb-2">
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {links.map((l) => {
          const active = isActive(pathname, l.href);
          return (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={active ? "page" : undefined}
                className={`${item} ${active ? "text-ink underline" : "text-link"}`}
              >
                {l.label}
              </Link>
            </li>
          );
        })}
        {cardsUrl ? (
          <li>
            <a href={cardsUrl} className={`${item} text-link`}>
              {t("paymentCards")}
            </a>
          </li>
        ) : null}
      </ul>
      {children ? <span className="ml-auto md:hidden">{children}</span> : null}
    </nav>
  );
}
