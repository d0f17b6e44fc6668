/**
 * The signed-in sections, in one order on a phone (the tab bar) and on a desktop (the header).
 * `also`: the pages a section holds besides its own (Orders sit inside Bookings; memberships,
 * family and the profile inside Account).
 */
export interface NavItem {
  href: string;
  /** Its name's catalogue key (the root translator's, `t(item.label)`). */
  label: string;
  icon: string;
  also?: readonly string[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "shell.nav.home", icon: "M12 3 2 11.5l1.3 1.5L5 11.6V21h5v-6h4v6h5v-9.4l1.7 1.4 1.3-1.5L12 3Z" },
  {
    href: "/book",
    label: "shell.nav.book",
    icon: "M11 4a7 7 0 1 0 4.2 12.6l4.1 4.1 1.4-1.4-4.1-4.1A7 7 0 0 0 11 4Zm0 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10Z",
  },
  { href: "/bookings", label: "shell.nav.bookings", icon: "M7 2h2v2h6V2h2v2h3v18H4V4h3V2Zm11 8H6v10h12V10Z", also: ["/orders"] },
  {
    href: "/pass",
    label: "shell.nav.pass",
    icon: "M3 5h18v14H3V5Zm2 2v10h2V7H5Zm4 0v10h1V7H9Zm3 0v10h2V7h-2Zm4 0v10h1V7h-1Z",
  },
  {
    href: "/account",
    label: "shell.nav.account",
    icon: "M12 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10Zm0 12c5 0 8 2.5 8 5v3H4v-3c0-2.5 3-5 8-5Z",
    also: ["/sellers", "/family"],
  },
];

export function isActive(pathname: string, href: string) {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** Whether a section (or a page it holds) is the current page. */
export function sectionActive(pathname: string, item: NavItem) {
  return isActive(pathname, item.href) || (item.also ?? []).some((p) => isActive(pathname, p));
}
