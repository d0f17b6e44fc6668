import { Body, Button, Container, Head, Heading, Hr, Html, Img, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { MailBrand } from "../brand";

/**
 * The frame every mail shares: the broker's logo or name, one heading, the content, and a footer
 * with the support contact and the broker's terms and privacy links.
 */

const font = 'system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif';

export function MailLayout(props: {
  brand: MailBrand;
  /** The line a mail client shows beside the subject. */
  preview: string;
  heading: string;
  /** Why the customer is getting this mail, shown in the footer. */
  reason: string;
  children: ReactNode;
}) {
  const { brand, preview, heading, reason, children } = props;
  const { colors } = brand;
  const link = { color: colors.link, textDecoration: "underline" };
  return (
    <Html lang="en-GB" dir="ltr">
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
            Questions? Email{" "}
            <Link href={`mailto:${brand.supportEmail}`} style={link}>
              {brand.supportEmail}
            </Link>
            {brand.supportUrl ? (
              <>
                {" "}
                or visit the{" "}
                <Link href={brand.supportUrl} style={link}>
                  {brand.name} help centre
                </Link>
              </>
            ) : null}
            .
          </Text>
          <Text style={{ fontSize: "14px", lineHeight: "22px", margin: 0, color: colors.text }}>
            {brand.name} ·{" "}
            <Link href={brand.termsUrl} style={link}>
              Terms
            </Link>{" "}
            ·{" "}
            <Link href={brand.privacyUrl} style={link}>
              Privacy
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
export function ActionLink({ brand, href, label }: { brand: MailBrand; href: string; label: string }) {
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
        If the button does not work, copy this link into your browser:{" "}
        <Link href={href} style={{ color: colors.link, textDecoration: "underline", wordBreak: "break-all" }}>
          {href}
        </Link>
      </Text>
    </>
  );
}

/** "Hello Alex," or "Hello," */
export function greeting(name?: string): string {
  return name?.trim() ? `Hello ${name.trim()},` : "Hello,";
}
