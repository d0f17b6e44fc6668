import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { bookingWithCodes } from "@/app/(app)/pass/data";
import { AccessCode } from "@/components/pass/desk-codes";
import { DeskScreen } from "@/components/pass/desk-screen";
import { SavedBookingDesk } from "@/components/pass/saved-pack";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTimeRange } from "@/lib/format";
import { intlLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pass"))("bookingCode") };
}

export default async function BookingCodePage({ params }: { params: Promise<{ orderId: string; itemId: string }> }) {
  const [user, { orderId, itemId }] = await Promise.all([requireUser(), params]);
  const item = decodeURIComponent(itemId);
  const found = await bookingWithCodes(user, decodeURIComponent(orderId), item).catch(() => undefined);
  // imin could not be read: the codes saved on this device, with when they were saved.
  if (found === undefined) return <SavedBookingDesk ownerId={user.id} itemId={item} />;
  if (!found) notFound();
  const { booking, codes } = found;
  const cancelled = booking.status === "customer-cancelled" || booking.status === "seller-cancelled" || booking.eventCancelled;
  if (codes.length === 0 && !cancelled) notFound();
  const [t, locale] = await Promise.all([getTranslations("pass"), getLocale()]);
  return (
    <DeskScreen
      title={booking.attendee ? t("forAttendee", { title: booking.title, name: booking.attendee.name }) : booking.title}
      subtitle={[formatDateTimeRange(booking.startDate, booking.endDate, booking.timeZone, intlLocale(locale)), booking.venue?.name]
        .filter(Boolean)
        .join(" · ")}
      backHref="/bookings"
    >
      {cancelled ? (
        <p className="text-lg font-semibold" data-testid="desk-cancelled">
          {t("cancelled")}
        </p>
      ) : (
        codes.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: access codes have no id and the same code may appear twice.
          <AccessCode key={i} label={c.label} code={c.code} qrSvg={c.qrSvg} />
        ))
      )}
    </DeskScreen>
  );
}
