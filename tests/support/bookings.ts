import type { Booking } from "@/lib/imin/order-types";

/** A confirmed upcoming booking as the portal maps it from imin (order o1, item i1), with `overrides`. */
export const testBooking = (overrides: Partial<Booking> = {}): Booking => ({
  id: "https://book.example/api/v2/orders/o1/order-items/i1",
  identifier: "i1",
  orderId: "o1",
  status: "confirmed",
  cancellable: true,
  title: "Sunrise Yoga",
  activities: ["Yoga"],
  startDate: "2026-07-01T09:00:00Z", // 10:00 BST
  endDate: "2026-07-01T10:00:00Z",
  eventCancelled: false,
  accessCodes: [],
  timeZone: "Europe/London",
  ...overrides,
});
