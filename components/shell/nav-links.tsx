"use client";

import { usePathname } from "next/navigation";
import { NavLink } from "./nav-link";
import { isActive, NAV_ITEMS } from "./nav-items";

export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-1">
      {NAV_ITEMS.map((item) => {
        const active = isActive(pathname, item.href);
        return (
          <li key={item.href}>
            <NavLink href={item.href} active={active} variant="top">
              {item.label}
            </NavLink>
          </li>
        );
      })}
    </ul>
  );
}
