import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { MailBrand } from "../brand";
import { VERIFY_EMAIL_LINK_HOURS } from "../lifetimes";
import type { MailT } from "../words";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { mailLink } from "./props";

/** No name: the address is not confirmed yet, and a stranger may have typed whatever they liked. */
export const verifyEmailProps = z.object({ verifyUrl: mailLink });

type Props = z.output<typeof verifyEmailProps> & { brand: MailBrand; t: MailT; locale: Locale };

export function VerifyEmail({ brand, t, locale, verifyUrl }: Props) {
  const broker = brand.name;
  return (
    <MailLayout
      brand={brand}
      t={t}
      locale={locale}
      preview={t("mail.verifyEmail.preview", { broker })}
      heading={t("mail.verifyEmail.heading")}
      reason={t("mail.verifyEmail.reason", { broker })}
    >
      <Paragraph brand={brand}>{greeting(t)}</Paragraph>
      <Paragraph brand={brand}>{t("mail.verifyEmail.intro", { broker })}</Paragraph>
      <ActionLink brand={brand} t={t} href={verifyUrl} label={t("mail.verifyEmail.action")} />
      <Paragraph brand={brand}>{t("mail.verifyEmail.lifetime", { hours: VERIFY_EMAIL_LINK_HOURS })}</Paragraph>
    </MailLayout>
  );
}
