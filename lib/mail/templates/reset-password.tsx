import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { MailBrand } from "../brand";
import { RESET_PASSWORD_LINK_HOURS } from "../lifetimes";
import type { MailT } from "../words";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { customerName, mailLink } from "./props";

export const resetPasswordProps = z.object({ name: customerName, resetUrl: mailLink });

type Props = z.output<typeof resetPasswordProps> & { brand: MailBrand; t: MailT; locale: Locale };

export function ResetPassword({ brand, t, locale, name, resetUrl }: Props) {
  const broker = brand.name;
  return (
    <MailLayout
      brand={brand}
      t={t}
      locale={locale}
      preview={t("mail.resetPassword.preview", { broker })}
      heading={t("mail.resetPassword.heading")}
      reason={t("mail.resetPassword.reason", { broker })}
    >
      <Paragraph brand={brand}>{greeting(t, name)}</Paragraph>
      <Paragraph brand={brand}>{t("mail.resetPassword.intro", { broker })}</Paragraph>
      <ActionLink brand={brand} t={t} href={resetUrl} label={t("mail.resetPassword.action")} />
      <Paragraph brand={brand}>{t("mail.resetPassword.lifetime", { hours: RESET_PASSWORD_LINK_HOURS })}</Paragraph>
      <Paragraph brand={brand}>{t("mail.resetPassword.notYou")}</Paragraph>
    </MailLayout>
  );
}
