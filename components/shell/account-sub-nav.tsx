"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { NavLink } from "./nav-link";
import { isActive } from "./nav-items";

const LINKS = [
  { href: "/account", label: "Profile" },
  { href: "/orders", label: "Orders" },
  { href: "/family", label: "Family" },
  { href: "/pass", label: "Passes" },
] as const;

/**
 * On a phone the Account tab also holds Orders, family members, the desk passes and signing out: a row of links
 * above the page while one of them is open. Hidden from md up, where the header lists everything.
 */
export function AccountSubNav({ children, cardsUrl }: { children?: ReactNode; cardsUrl?: string }) {
  const pathname = usePathname();
  if (!LINKS.some((l) => isActive(pathname, l.href))) return null;
  return (
    <nav aria-label="Account" className="mb-6 flex flex-wrap items-center gap-2 md:hidden">
      {LINKS.map((l) => {
        const active = pathname === l.href || (l.href !== "/account" && isActive(pathname, l.href));
        return (
          <NavLink key={l.href} href={l.href} active={active} variant="account">
            {l.label}
          </NavLink>
        );
      })}
      {cardsUrl ? (
        <a
          href={cardsUrl}
          className="inline-flex min-h-11 items-center rounded-md border border-outline px-4 text-sm font-semibold text-link"
        >
          Payment cards
        </a>
      ) : null}
      <span className="ml-auto">{children}</span>
    </nav>
  );
}
