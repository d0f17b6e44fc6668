"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { NavLink } from "./nav-link";
import { NAV_ITEMS, sectionActive } from "./nav-items";

/** The phone navigation: a bottom tab bar with 56 px targets, hidden from md up (the header lists the same sections). */
export function TabBar() {
  const pathname = usePathname();
  const t = useTranslations();
  return (
    <nav
      aria-label={t("shell.nav.sections")}
      data-tab-bar
      className="fixed inset-x-0 bottom-0 z-40 border-t border-gray-300 bg-surface pb-[env(safe-area-inset-bottom)] md:hidden"
    >
      <ul className="grid grid-cols-5">
        {NAV_ITEMS.map((tab) => (
          <li key={tab.href}>
            <NavLink href={tab.href} active={sectionActive(pathname, tab)} variant="tab">
              <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" fill="currentColor">
                <path d={tab.icon} fillRule="evenodd" />
              </svg>
              {t(tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
