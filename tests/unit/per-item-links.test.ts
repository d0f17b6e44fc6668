import { NextIntlClientProvider } from "next-intl";
import { type ComponentProps, createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Pager } from "@/app/(app)/_components/pager";
import { PersonFilter } from "@/app/(app)/_components/person-filter";
import { BookingCard } from "@/app/(app)/bookings/_components/booking-card";
import type { FamilyMemberView } from "@/app/(app)/family/data";
import { MemberList } from "@/app/(app)/family/_components/member-list";
import { OrdersList } from "@/app/(app)/orders/_components/orders-list";
import type { Booking, Order } from "@/lib/imin/order-types";
import en from "@/messages/en.json";

/**
 * Issue 26: a list of N items must not cost N server renders. Next.js prefetches every <Link> in
 * the viewport; an order row's prefetch asked for the order page's head, whose metadata read the
 * order from imin (10 calls per /orders view). Per-item links say `prefetch={false}`.
 */

// next/link as an <a> that shows the prefetch it was given; everything else renders for real.
vi.mock("next/link", () => ({
  default: ({ href, prefetch, children, ...rest }: { href: unknown; prefetch?: unknown; children?: ReactNode }) =>
    createElement("a", { ...rest, href: String(href), "data-prefetch": String(prefetch) }, children),
}));

/** The links of a component rendered in English: each href and the prefetch its <Link> was given. */
function links(element: ReactNode): { href: string; prefetch: string }[] {
  const html = renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale: "en", messages: en, timeZone: "Europe/London" } as unknown as ComponentProps<typeof NextIntlClientProvider>,
      element,
    ),
  );
  return [...html.matchAll(/<a [^>]*>/g)].map(([tag]) => ({
    href: (tag.match(/ href="([^"]*)"/)?.[1] ?? "").replaceAll("&amp;", "&"),
    prefetch: tag.match(/ data-prefetch="([^"]*)"/)?.[1] ?? "(not a Link)",
  }));
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
    const found = links(createElement(OrdersList, { orders: [order("a"), order("b"), order("c")] }));
    expect(found.map((l) => l.href)).toEqual(["/orders/a", "/orders/b", "/orders/c"]);
    for (const l of found) expect(l.prefetch).toBe("false");
  });

  it("the pager", () => {
    const found = links(
      createElement(Pager, { basePath: "/orders", label: "Pages", pages: { page: 2, totalPages: 3, hasPrevious: true, hasNext: true } }),
    );
    expect(found.map((l) => l.href)).toEqual(["/orders", "/orders?page=3"]);
    for (const l of found) expect(l.prefetch).toBe("false");
  });

  it("the person filter", () => {
    const found = links(createElement(PersonFilter, { basePath: "/bookings", label: "Whose", members: [{ id: "m1", givenName: "Sam" }] }));
    expect(found).toHaveLength(3);
    for (const l of found) expect(l.prefetch).toBe("false");
  });

  it("family members' Edit and Remove", () => {
    const member = { id: "m1", name: "Sam Lee", givenName: "Sam", familyName: "Lee" } as FamilyMemberView;
    const found = links(createElement(MemberList, { members: [member] }));
    expect(found.map((l) => l.href)).toEqual(["/family/m1", "/family/m1/remove"]);
    for (const l of found) expect(l.prefetch).toBe("false");
  });

  it("a booking card's Show at the desk and Booking details", () => {
    const found = links(createElement(BookingCard, { booking: booking("x") }));
    // The calendar file is a plain <a> (a download, never prefetched); the two page links are <Link>s.
    expect(found).toEqual([
      { href: "/api/calendar/bookings/ord-x/x", prefetch: "(not a Link)" },
      { href: "/pass/booking/ord-x/x", prefetch: "false" },
      { href: "/orders/ord-x", prefetch: "false" },
    ]);
  });
});
