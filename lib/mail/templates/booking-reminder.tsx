import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { MailBrand } from "../brand";
import type { MailT } from "../words";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { customerName, mailLink } from "./props";
import { UnsubscribeNote } from "./unsubscribe-note";

export const bookingReminderProps = z.object({
  name: customerName,
  title: z.string().trim().min(1).max(200),
  /** In the venue's time with its zone, in the mail's language: "Tue 24 Nov 2026, 18:00–19:00 GMT". */
  when: z.string().trim().min(1).max(100),
  venue: z.string().trim().max(300).optional(),
  organizer: z.string().trim().max(200).optional(),
  cancellable: z.boolean(),
  /** When online cancelling closes, venue time with the zone; absent = until it starts. */
  cancelUntil: z.string().trim().min(1).max(100).optional(),
  bookingsUrl: mailLink,
  unsubscribeUrl: mailLink,
});

type Props = z.output<typeof bookingReminderProps> & { brand: MailBrand; t: MailT; locale: Locale };

export function BookingReminder(props: Props) {
  const { brand, t, locale, name, title, when, venue, organizer, cancellable, cancelUntil, bookingsUrl, unsubscribeUrl } = props;
  return (
    <MailLayout
      brand={brand}
      t={t}
      locale={locale}
      preview={t("mail.bookingReminder.preview", { title, when })}
      heading={t("mail.bookingReminder.heading", { title })}
      reason={t("mail.bookingReminder.reason", { broker: brand.name })}
    >
      <Paragraph brand={brand}>{greeting(t, name)}</Paragraph>
      <Paragraph brand={brand}>
        {venue ? t("mail.bookingReminder.introAtVenue", { title, when, venue }) : t("mail.bookingReminder.intro", { title, when })}
        {organizer ? ` ${t("mail.bookingReminder.organiser", { organizer })}` : ""}
      </Paragraph>
      <Paragraph brand={brand}>{t("mail.bookingReminder.calendarFile")}</Paragraph>
      <Paragraph brand={brand}>
        {!cancellable
          ? t("mail.bookingReminder.notCancellable")
          : cancelUntil
            ? t("mail.bookingReminder.cancelUntil", { until: cancelUntil })
            : t("mail.bookingReminder.cancelUntilStart")}
      </Paragraph>
      <ActionLink brand={brand} t={t} href={bookingsUrl} label={t("mail.bookingReminder.action")} />
      <UnsubscribeNote brand={brand} t={t} href={unsubscribeUrl} kind="reminders" />
    </MailLayout>
  );
}
