import { Link } from "@react-email/components";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { MailBrand } from "../brand";
import { type MailT, withParts } from "../words";
import { greeting, MailLayout, Paragraph } from "./layout";
import { customerName } from "./props";

export const emailChangedProps = z.object({ name: customerName, newEmail: z.email() });

type Props = z.output<typeof emailChangedProps> & { brand: MailBrand; t: MailT; locale: Locale };

/** Sent to the old address once the change is confirmed, so a takeover does not go unnoticed. */
export function EmailChanged({ brand, t, locale, name, newEmail }: Props) {
  const broker = brand.name;
  const link = { color: brand.colors.link, textDecoration: "underline" };
  return (
    <MailLayout
      brand={brand}
      t={t}
      locale={locale}
      preview={t("mail.emailChanged.preview", { broker })}
      heading={t("mail.emailChanged.heading")}
      reason={t("mail.emailChanged.reason", { broker })}
    >
      <Paragraph brand={brand}>{greeting(t, name)}</Paragraph>
      <Paragraph brand={brand}>{t("mail.emailChanged.intro", { broker, email: newEmail })}</Paragraph>
      <Paragraph brand={brand}>
        {withParts(t, brand.supportUrl ? "mail.emailChanged.notYouWithHelp" : "mail.emailChanged.notYou", {
          email: (
            <Link href={`mailto:${brand.supportEmail}`} style={link}>
              {brand.supportEmail}
            </Link>
          ),
          help: brand.supportUrl ? (
            <Link href={brand.supportUrl} style={link}>
              {t("mail.layout.helpCentre", { broker })}
            </Link>
          ) : null,
        })}
      </Paragraph>
    </MailLayout>
  );
}
