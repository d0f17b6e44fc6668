import { Link, Text } from "@react-email/components";
import type { MailBrand } from "../brand";

/** The line under a notification that turns this kind of email off (no sign-in needed). */
export function UnsubscribeNote({ brand, href, what }: { brand: MailBrand; href: string; what: string }) {
  return (
    <Text style={{ fontSize: "14px", lineHeight: "22px", margin: "16px 0 0", color: brand.colors.text }}>
      Don't want {what}?{" "}
      <Link href={href} style={{ color: brand.colors.link, textDecoration: "underline" }}>
        Unsubscribe
      </Link>{" "}
      ({href}), or choose your emails on your account page.
    </Text>
  );
}
