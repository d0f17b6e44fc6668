import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { bookingWithCodes } from "@/app/(app)/pass/data";
import { AccessCode } from "@/components/pass/desk-codes";
import { DeskScreen } from "@/components/pass/desk-screen";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTimeRange } from "@/lib/format";

export const metadata: Metadata = { title: "Booking access code" };

export default async function BookingCodePage({ params }: { params: Promise<{ orderId: string; itemId: string }> }) {
  const [user, { orderId, itemId }] = await Promise.all([requireUser(), params]);
  const found = await bookingWithCodes(user, decodeURIComponent(orderId), decodeURIComponent(itemId));
  if (!found || found.codes.length === 0) notFound();
  const { booking, codes } = found;
  return (
    <DeskScreen
      title={booking.title}
      subtitle={[formatDateTimeRange(booking.startDate, booking.endDate, booking.timeZone), booking.venue?.name]
        .filter(Boolean)
        .join(" · ")}
      backHref="/bookings"
    >
      {codes.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: access codes have no id and the same code may appear twice.
        <AccessCode key={i} label={c.label} code={c.code} qrSvg={c.qrSvg} />
      ))}
    </DeskScreen>
  );
}
