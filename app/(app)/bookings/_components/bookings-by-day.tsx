import { formatDate } from "@/lib/format";
import type { Booking } from "@/lib/imin/order-types";
import { venueDayKey } from "@/lib/time/venue-time";
import { BookingCard } from "./booking-card";

/** Groups bookings (already earliest first) under one heading per day in venue local time. */
function groupByDay(bookings: Booking[]): { key: string; label: string; bookings: Booking[] }[] {
  const groups: { key: string; label: string; bookings: Booking[] }[] = [];
  for (const booking of bookings) {
    const day = venueDayKey(booking.startDate);
    const key = day ?? "unknown";
    const label = day ? formatDate(booking.startDate, booking.timeZone) : "Date to be confirmed";
    const last = groups.at(-1);
    if (last && last.key === key) last.bookings.push(booking);
    else groups.push({ key, label, bookings: [booking] });
  }
  return groups;
}

export function BookingsByDay({ bookings }: { bookings: Booking[] }) {
  return (
    <div className="space-y-8">
      {groupByDay(bookings).map((group) => (
        <section key={group.key} aria-labelledby={`day-${group.key}`}>
          <h2 id={`day-${group.key}`} className="mb-3 text-base font-bold text-gray-800">
            {group.label}
          </h2>
          <ul className="space-y-4">
            {group.bookings.map((booking) => (
              <li key={booking.id}>
                <BookingCard booking={booking} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
