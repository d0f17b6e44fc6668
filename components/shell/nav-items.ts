/** The signed-in sections. Desktop lists them all; phones put the first four in the tab bar. */
export const NAV_ITEMS = [
  { href: "/account", label: "Account" },
  { href: "/sellers", label: "Sellers" },
  { href: "/bookings", label: "Bookings" },
  { href: "/orders", label: "Orders" },
  { href: "/family", label: "Family" },
  { href: "/book", label: "Book" },
] as const;

export function isActive(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}
