import { z } from "zod";
import type { MailBrand } from "../brand";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { customerName, mailLink } from "./props";
import { UnsubscribeNote } from "./unsubscribe-note";

export const bookingReminderProps = z.object({
  name: customerName,
  title: z.string().trim().min(1).max(200),
  /** In the venue's time with its zone: "Tue 24 Nov 2026, 18:00–19:00 GMT". */
  when: z.string().trim().min(1).max(100),
  venue: z.string().trim().max(300).optional(),
  organizer: z.string().trim().max(200).optional(),
  cancellable: z.boolean(),
  /** When online cancelling closes, venue time with the zone; absent = until it starts. */
  cancelUntil: z.string().trim().min(1).max(100).optional(),
  bookingsUrl: mailLink,
  unsubscribeUrl: mailLink,
});

export function BookingReminder(props: z.output<typeof bookingReminderProps> & { brand: MailBrand }) {
  const { brand, name, title, when, venue, organizer, cancellable, cancelUntil, bookingsUrl, unsubscribeUrl } = props;
  return (
    <MailLayout
      brand={brand}
      preview={`${title}: ${when}`}
      heading={`Reminder: ${title}`}
      reason={`You are getting this email because you booked this session through ${brand.name}.`}
    >
      <Paragraph brand={brand}>{greeting(name)}</Paragraph>
      <Paragraph brand={brand}>
        Your booking for {title} is coming up: {when}
        {venue ? ` at ${venue}` : ""}.{organizer ? ` Organised by ${organizer}.` : ""}
      </Paragraph>
      <Paragraph brand={brand}>The calendar file attached adds it to your calendar.</Paragraph>
      <Paragraph brand={brand}>
        {!cancellable
          ? "This booking can no longer be cancelled online."
          : cancelUntil
            ? `Can't make it? You can cancel online until ${cancelUntil} from your bookings page; the refund follows automatically.`
            : "Can't make it? You can cancel online from your bookings page until it starts; the refund follows automatically."}
      </Paragraph>
      <ActionLink brand={brand} href={bookingsUrl} label="View my bookings" />
      <UnsubscribeNote brand={brand} href={unsubscribeUrl} what="booking reminders" />
    </MailLayout>
  );
}
