import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { MailBrand } from "../brand";
import { CONFIRM_EMAIL_CHANGE_LINK_HOURS } from "../lifetimes";
import type { MailT } from "../words";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { mailLink } from "./props";

/** No name: the new address is not confirmed yet. */
export const confirmEmailChangeProps = z.object({ confirmUrl: mailLink, newEmail: z.email() });

type Props = z.output<typeof confirmEmailChangeProps> & { brand: MailBrand; t: MailT; locale: Locale };

/** Sent to the new address: the change happens only when its owner follows the link. */
export function ConfirmEmailChange({ brand, t, locale, confirmUrl, newEmail }: Props) {
  const broker = brand.name;
  return (
    <MailLayout
      brand={brand}
      t={t}
      locale={locale}
      preview={t("mail.confirmEmailChange.preview", { broker, email: newEmail })}
      heading={t("mail.confirmEmailChange.heading")}
      reason={t("mail.confirmEmailChange.reason", { broker })}
    >
      <Paragraph brand={brand}>{greeting(t)}</Paragraph>
      <Paragraph brand={brand}>{t("mail.confirmEmailChange.intro", { broker, email: newEmail })}</Paragraph>
      <ActionLink brand={brand} t={t} href={confirmUrl} label={t("mail.confirmEmailChange.action")} />
      <Paragraph brand={brand}>{t("mail.confirmEmailChange.lifetime", { hours: CONFIRM_EMAIL_CHANGE_LINK_HOURS })}</Paragraph>
    </MailLayout>
  );
}
