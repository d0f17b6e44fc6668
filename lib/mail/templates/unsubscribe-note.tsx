import { Link, Text } from "@react-email/components";
import type { MailBrand } from "../brand";
import { type MailT, withParts } from "../words";

/** The line under a notification that turns this kind of email off (no sign-in needed). */
export function UnsubscribeNote({
  brand,
  t,
  href,
  kind,
}: {
  brand: MailBrand;
  t: MailT;
  href: string;
  /** The kind of email, as the catalogue's `mail.unsubscribe.note` select names it. */
  kind: "reminders" | "cancellations" | "notices";
}) {
  return (
    <Text style={{ fontSize: "14px", lineHeight: "22px", margin: "16px 0 0", color: brand.colors.text }}>
      {withParts(
        t,
        "mail.unsubscribe.note",
        {
          link: (
            <Link href={href} style={{ color: brand.colors.link, textDecoration: "underline" }}>
              {t("mail.unsubscribe.link")}
            </Link>
          ),
        },
        { kind, url: href },
      )}
    </Text>
  );
}
