"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { NavLink } from "./nav-link";
import { NAV_ITEMS, sectionActive } from "./nav-items";

/** The desktop header's sections: the tab bar's, in the same order. */
export function NavLinks() {
  const pathname = usePathname();
  const t = useTranslations();
  return (
    <ul className="flex flex-wrap gap-1">
      {NAV_ITEMS.map((item) => (
        <li key={item.href}>
          <NavLink href={item.href} active={sectionActive(pathname, item)} variant="top">
            {t(item.label)}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
