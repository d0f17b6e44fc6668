import { formatDate } from "@/lib/format";
import { formatWords } from "@/lib/format/words";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";
import type { Booking } from "@/lib/imin/order-types";
import { venueDayKey } from "@/lib/time/venue-time";
import { BookingCard } from "./booking-card";

/** Groups bookings (already earliest first) under one heading per day in venue local time. */
function groupByDay(bookings: Booking[], locale: string): { key: string; label: string; bookings: Booking[] }[] {
  const groups: { key: string; label: string; bookings: Booking[] }[] = [];
  for (const booking of bookings) {
    const day = venueDayKey(booking.startDate);
    const key = day ?? "unknown";
    const label = day ? formatDate(booking.startDate, booking.timeZone, locale) : formatWords(locale).dateToBeConfirmed;
    const last = groups.at(-1);
    if (last && last.key === key) last.bookings.push(booking);
    else groups.push({ key, label, bookings: [booking] });
  }
  return groups;
}

export function BookingsByDay({ bookings }: { bookings: Booking[] }) {
  const locale = useIntlLocale();
  return (
    <div className="space-y-8">
      {groupByDay(bookings, locale).map((group) => (
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
