import Link from "next/link";
import { isValidElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { Pager } from "@/app/(app)/_components/pager";
import { PersonFilter } from "@/app/(app)/_components/person-filter";
import { BookingCard } from "@/app/(app)/bookings/_components/booking-card";
import type { FamilyMemberView } from "@/app/(app)/family/data";
import { MemberList } from "@/app/(app)/family/_components/member-list";
import { OrdersList } from "@/app/(app)/orders/_components/orders-list";
import type { Booking, Order } from "@/lib/imin/order-types";

/**
 * Issue 26: a list of N items must not cost N server renders. Next.js prefetches every <Link> in
 * the viewport; an order row's prefetch asked for the order page's head, whose metadata read the
 * order from imin (10 calls per /orders view). Per-item links say `prefetch={false}`.
 */

/** The <Link> elements of a rendered tree (host elements only; other components are not expanded). */
function links(node: ReactNode): { href: string; prefetch: unknown }[] {
  if (Array.isArray(node)) return node.flatMap(links);
  if (!isValidElement(node)) return [];
  const props = node.props as { href?: unknown; prefetch?: unknown; children?: ReactNode };
  const own = node.type === Link ? [{ href: String(props.href), prefetch: props.prefetch }] : [];
  return [...own, ...links(props.children)];
}

const booking = (id: string): Booking => ({
  id,
  identifier: id,
  orderId: `ord-${id}`,
  status: "confirmed",
  cancellable: false,
  title: `Session ${id}`,
  activities: [],
  startDate: "2030-01-01T10:00:00Z",
  endDate: "2030-01-01T11:00:00Z",
  eventCancelled: false,
  accessCodes: [{ label: "Door", code: "1234" }],
  timeZone: "Europe/London",
});

const order = (id: string): Order => ({
  identifier: id,
  items: [booking(`${id}-1`)],
  receipts: [],
  status: "confirmed" as Order["status"],
  belongsToCustomer: true,
});

describe("per-item links are not prefetched", () => {
  it("order rows", () => {
    const found = links(OrdersList({ orders: [order("a"), order("b"), order("c")] }));
    expect(found.map((l) => l.href)).toEqual(["/orders/a", "/orders/b", "/orders/c"]);
    for (const l of found) expect(l.prefetch).toBe(false);
  });

  it("the pager", () => {
    const found = links(
      Pager({ basePath: "/orders", label: "Pages", pages: { page: 2, totalPages: 3, hasPrevious: true, hasNext: true } }),
    );
    expect(found.map((l) => l.href)).toEqual(["/orders", "/orders?page=3"]);
    for (const l of found) expect(l.prefetch).toBe(false);
  });

  it("the person filter", () => {
    const found = links(PersonFilter({ basePath: "/bookings", label: "Whose", members: [{ id: "m1", givenName: "Sam" }] }));
    expect(found).toHaveLength(3);
    for (const l of found) expect(l.prefetch).toBe(false);
  });

  it("family members' Edit and Remove", () => {
    const member = { id: "m1", name: "Sam Lee", givenName: "Sam", familyName: "Lee" } as FamilyMemberView;
    const found = links(MemberList({ members: [member] }));
    expect(found.map((l) => l.href)).toEqual(["/family/m1", "/family/m1/remove"]);
    for (const l of found) expect(l.prefetch).toBe(false);
  });

  it("a booking card's Show at the desk and Booking details", () => {
    const found = links(BookingCard({ booking: booking("x") }));
    expect(found.map((l) => l.href)).toEqual(["/pass/booking/ord-x/x", "/orders/ord-x"]);
    for (const l of found) expect(l.prefetch).toBe(false);
  });
});
