import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { MailBrand } from "../brand";
import type { MailT } from "../words";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { customerName, mailLink } from "./props";

export const signUpAttemptProps = z.object({ name: customerName, signInUrl: mailLink, forgotPasswordUrl: mailLink });

type Props = z.output<typeof signUpAttemptProps> & { brand: MailBrand; t: MailT; locale: Locale };

/** Sent instead of a second account: the sign-up page answers the same, so only the owner learns of it. */
export function SignUpAttempt({ brand, t, locale, name, signInUrl, forgotPasswordUrl }: Props) {
  const broker = brand.name;
  return (
    <MailLayout
      brand={brand}
      t={t}
      locale={locale}
      preview={t("mail.signUpAttempt.preview", { broker })}
      heading={t("mail.signUpAttempt.heading")}
      reason={t("mail.signUpAttempt.reason", { broker })}
    >
      <Paragraph brand={brand}>{greeting(t, name)}</Paragraph>
      <Paragraph brand={brand}>{t("mail.signUpAttempt.intro", { broker })}</Paragraph>
      <ActionLink brand={brand} t={t} href={signInUrl} label={t("mail.signUpAttempt.action")} />
      <Paragraph brand={brand}>{t("mail.signUpAttempt.forgotten", { url: forgotPasswordUrl })}</Paragraph>
      <Paragraph brand={brand}>{t("mail.signUpAttempt.notYou")}</Paragraph>
    </MailLayout>
  );
}
