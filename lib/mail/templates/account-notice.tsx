import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { MailBrand } from "../brand";
import type { MailT } from "../words";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { customerName, mailLink } from "./props";
import { UnsubscribeNote } from "./unsubscribe-note";

export const accountNoticeProps = z.object({
  name: customerName,
  /** The notice as the portal's banner words it. */
  message: z.string().trim().min(1).max(1000),
  pageUrl: mailLink,
  /** Which page the button opens: the profile (changed details) or the seller accounts. */
  page: z.enum(["account", "sellers"]),
  unsubscribeUrl: mailLink,
});

type Props = z.output<typeof accountNoticeProps> & { brand: MailBrand; t: MailT; locale: Locale };

export function AccountNotice({ brand, t, locale, name, message, pageUrl, page, unsubscribeUrl }: Props) {
  return (
    <MailLayout
      brand={brand}
      t={t}
      locale={locale}
      preview={message}
      heading={t("mail.accountNotice.heading")}
      reason={t("mail.accountNotice.reason", { broker: brand.name })}
    >
      <Paragraph brand={brand}>{greeting(t, name)}</Paragraph>
      <Paragraph brand={brand}>{message}</Paragraph>
      <ActionLink brand={brand} t={t} href={pageUrl} label={t("mail.accountNotice.action", { page })} />
      <UnsubscribeNote brand={brand} t={t} href={unsubscribeUrl} kind="notices" />
    </MailLayout>
  );
}
