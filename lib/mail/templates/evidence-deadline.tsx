import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { MailBrand } from "../brand";
import type { MailT } from "../words";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { customerName, mailLink } from "./props";
import { UnsubscribeNote } from "./unsubscribe-note";

export const evidenceDeadlineProps = z.object({
  name: customerName,
  seller: z.string().trim().min(1).max(200),
  entitlement: z.string().trim().min(1).max(200),
  /** The deadline in the venue's time with its zone, in the mail's language: "Thu 3 Dec 2026, 17:00 GMT". */
  deadline: z.string().trim().min(1).max(100),
  sellersUrl: mailLink,
  unsubscribeUrl: mailLink,
});

type Props = z.output<typeof evidenceDeadlineProps> & { brand: MailBrand; t: MailT; locale: Locale };

export function EvidenceDeadline({ brand, t, locale, name, seller, entitlement, deadline, sellersUrl, unsubscribeUrl }: Props) {
  const facts = { seller, entitlement, deadline };
  return (
    <MailLayout
      brand={brand}
      t={t}
      locale={locale}
      preview={t("mail.evidenceDeadline.preview", facts)}
      heading={t("mail.evidenceDeadline.heading")}
      reason={t("mail.evidenceDeadline.reason", { broker: brand.name, seller })}
    >
      <Paragraph brand={brand}>{greeting(t, name)}</Paragraph>
      <Paragraph brand={brand}>{t("mail.evidenceDeadline.intro", facts)}</Paragraph>
      <Paragraph brand={brand}>{t("mail.evidenceDeadline.where")}</Paragraph>
      <ActionLink brand={brand} t={t} href={sellersUrl} label={t("mail.evidenceDeadline.action")} />
      <UnsubscribeNote brand={brand} t={t} href={unsubscribeUrl} kind="notices" />
    </MailLayout>
  );
}
