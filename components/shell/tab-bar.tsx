"use client";

import { usePathname } from "next/navigation";
import { NavLink } from "./nav-link";
import { isActive } from "./nav-items";

// Orders, passes and the rest live under Account on a phone (see AccountSubNav).
const TABS = [
  {
    href: "/book",
    label: "Book",
    icon: "M11 4a7 7 0 1 0 4.2 12.6l4.1 4.1 1.4-1.4-4.1-4.1A7 7 0 0 0 11 4Zm0 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10Z",
  },
  { href: "/bookings", label: "Bookings", icon: "M7 2h2v2h6V2h2v2h3v18H4V4h3V2Zm11 8H6v10h12V10Z" },
  { href: "/sellers", label: "Sellers", icon: "M4 4h16v4l-1 1v11H5V9L4 8V4Zm3 7v7h4v-5h2v5h4v-7H7Z" },
  {
    href: "/account",
    label: "Account",
    icon: "M12 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10Zm0 12c5 0 8 2.5 8 5v3H4v-3c0-2.5 3-5 8-5Z",
    also: ["/orders", "/family", "/pass"],
  },
] as const;

/** The phone navigation: a bottom tab bar with 56 px targets, hidden from md up. */
export function TabBar() {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Sections"
      data-tab-bar
      className="fixed inset-x-0 bottom-0 z-40 border-t border-gray-300 bg-surface pb-[env(safe-area-inset-bottom)] md:hidden"
    >
      <ul className="grid grid-cols-4">
        {TABS.map((tab) => {
          const active = isActive(pathname, tab.href) || ("also" in tab && tab.also.some((p) => isActive(pathname, p)));
          return (
            <li key={tab.href}>
              <NavLink href={tab.href} active={active} variant="tab">
                <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" fill="currentColor">
                  <path d={tab.icon} fillRule="evenodd" />
                </svg>
                {tab.label}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
