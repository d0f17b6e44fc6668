import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { MailBrand } from "../brand";
import type { MailT } from "../words";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { customerName, mailLink } from "./props";
import { UnsubscribeNote } from "./unsubscribe-note";

export const bookingCancelledProps = z.object({
  name: customerName,
  title: z.string().trim().min(1).max(200),
  when: z.string().trim().min(1).max(100),
  organizer: z.string().trim().max(200).optional(),
  /** What the seller wrote when cancelling. */
  message: z.string().trim().max(1000).optional(),
  orderUrl: mailLink,
  unsubscribeUrl: mailLink,
});

type Props = z.output<typeof bookingCancelledProps> & { brand: MailBrand; t: MailT; locale: Locale };

export function BookingCancelled({ brand, t, locale, name, title, when, organizer, message, orderUrl, unsubscribeUrl }: Props) {
  // The organiser's name as imin sends it, or the sentences without a name.
  const preview = organizer
    ? t("mail.bookingCancelled.preview", { title, when, organizer })
    : t("mail.bookingCancelled.previewUnnamed", { title, when });
  const intro = organizer
    ? t("mail.bookingCancelled.intro", { title, when, organizer })
    : t("mail.bookingCancelled.introUnnamed", { title, when });
  return (
    <MailLayout
      brand={brand}
      t={t}
      locale={locale}
      preview={preview}
      heading={t("mail.bookingCancelled.heading", { title })}
      reason={t("mail.bookingCancelled.reason", { broker: brand.name })}
    >
      <Paragraph brand={brand}>{greeting(t, name)}</Paragraph>
      <Paragraph brand={brand}>{intro}</Paragraph>
      {message ? <Paragraph brand={brand}>{t("mail.bookingCancelled.theirMessage", { message })}</Paragraph> : null}
      <Paragraph brand={brand}>{t("mail.bookingCancelled.refund")}</Paragraph>
      <ActionLink brand={brand} t={t} href={orderUrl} label={t("mail.bookingCancelled.action")} />
      <UnsubscribeNote brand={brand} t={t} href={unsubscribeUrl} kind="cancellations" />
    </MailLayout>
  );
}
