import { Body, Button, Container, Head, Heading, Hr, Html, Img, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { intlLocale, type Locale } from "@/lib/i18n/locales";
import type { MailBrand } from "../brand";
import { type MailT, withParts } from "../words";

/**
 * The frame every mail shares: the broker's logo or name, one heading, the content, and a footer
 * with the support contact and the broker's terms and privacy links.
 */

const font = 'system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif';

export function MailLayout(props: {
  brand: MailBrand;
  t: MailT;
  locale: Locale;
  /** The line a mail client shows beside the subject. */
  preview: string;
  heading: string;
  /** Why the customer is getting this mail, shown in the footer. */
  reason: string;
  children: ReactNode;
}) {
  const { brand, t, locale, preview, heading, reason, children } = props;
  const { colors } = brand;
  const link = { color: colors.link, textDecoration: "underline" };
  return (
    <Html lang={intlLocale(locale)} dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
        <title>{heading}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ margin: 0, padding: "24px 0", backgroundColor: colors.background, color: colors.text, fontFamily: font }}>
        <Container style={{ maxWidth: "560px", padding: "0 24px" }}>
          <Section style={{ paddingBottom: "16px" }} data-skip-in-text="true">
            <Link href={brand.homeUrl} style={{ color: colors.text, textDecoration: "none" }}>
              {brand.logoUrl ? (
                <Img src={brand.logoUrl} alt={brand.name} height="40" style={{ height: "40px", width: "auto", border: 0 }} />
              ) : (
                <Text style={{ margin: 0, fontSize: "20px", fontWeight: 700, color: colors.text }}>{brand.name}</Text>
              )}
            </Link>
          </Section>
          <Heading as="h1" style={{ fontSize: "24px", lineHeight: "32px", margin: "0 0 16px", color: colors.text }}>
            {heading}
          </Heading>
          {children}
          <Hr style={{ borderColor: colors.text, opacity: 0.3, margin: "32px 0 16px" }} />
          <Text style={{ fontSize: "14px", lineHeight: "22px", margin: "0 0 8px", color: colors.text }}>{reason}</Text>
          <Text style={{ fontSize: "14px", lineHeight: "22px", margin: "0 0 8px", color: colors.text }}>
            {withParts(t, brand.supportUrl ? "mail.layout.questionsWithHelp" : "mail.layout.questions", {
              email: (
                <Link href={`mailto:${brand.supportEmail}`} style={link}>
                  {brand.supportEmail}
                </Link>
              ),
              help: brand.supportUrl ? (
                <Link href={brand.supportUrl} style={link}>
                  {t("mail.layout.helpCentre", { broker: brand.name })}
                </Link>
              ) : null,
            })}
          </Text>
          <Text style={{ fontSize: "14px", lineHeight: "22px", margin: 0, color: colors.text }}>
            {brand.name} ·{" "}
            <Link href={brand.termsUrl} style={link}>
              {t("mail.layout.terms")}
            </Link>{" "}
            ·{" "}
            <Link href={brand.privacyUrl} style={link}>
              {t("mail.layout.privacy")}
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ brand, children }: { brand: MailBrand; children: ReactNode }) {
  return <Text style={{ fontSize: "16px", lineHeight: "26px", margin: "0 0 16px", color: brand.colors.text }}>{children}</Text>;
}

/** The mail's one action, as a button, followed by the same link written out for clients that hide buttons. */
export function ActionLink({ brand, t, href, label }: { brand: MailBrand; t: MailT; href: string; label: string }) {
  const { colors } = brand;
  return (
    <>
      <Section style={{ margin: "8px 0 24px" }}>
        <Button
          href={href}
          style={{
            backgroundColor: colors.button,
            color: colors.onButton,
            fontSize: "16px",
            fontWeight: 700,
            borderRadius: "8px",
            padding: "12px 24px",
            textDecoration: "none",
          }}
        >
          {label}
        </Button>
      </Section>
      <Text style={{ fontSize: "14px", lineHeight: "22px", margin: "0 0 16px", color: colors.text }}>
        {withParts(t, "mail.layout.copyLink", {
          link: (
            <Link href={href} style={{ color: colors.link, textDecoration: "underline", wordBreak: "break-all" }}>
              {href}
            </Link>
          ),
        })}
      </Text>
    </>
  );
}

/** "Hello Alex," or "Hello," */
export function greeting(t: MailT, name?: string): string {
  return name?.trim() ? t("mail.layout.greetingName", { name: name.trim() }) : t("mail.layout.greeting");
}
