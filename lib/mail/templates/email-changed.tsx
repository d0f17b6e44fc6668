import { Link } from "@react-email/components";
import { z } from "zod";
import type { MailBrand } from "../brand";
import { greeting, MailLayout, Paragraph } from "./layout";
import { customerName } from "./props";

export const emailChangedProps = z.object({ name: customerName, newEmail: z.email() });

/** Sent to the old address once the change is confirmed, so a takeover does not go unnoticed. */
export function EmailChanged({ brand, name, newEmail }: z.output<typeof emailChangedProps> & { brand: MailBrand }) {
  const link = { color: brand.colors.link, textDecoration: "underline" };
  return (
    <MailLayout
      brand={brand}
      preview={`Your ${brand.name} account now signs in with a different email address.`}
      heading="Your email address was changed"
      reason={`You are getting this email because this address was the sign-in email of your account with ${brand.name}.`}
    >
      <Paragraph brand={brand}>{greeting(name)}</Paragraph>
      <Paragraph brand={brand}>
        The email address of your {brand.name} account was changed to {newEmail}. From now on, sign in with that address; we will not send
        account emails here any more.
      </Paragraph>
      <Paragraph brand={brand}>
        If you did not make this change, contact us straight away at{" "}
        <Link href={`mailto:${brand.supportEmail}`} style={link}>
          {brand.supportEmail}
        </Link>
        {brand.supportUrl ? (
          <>
            {" "}
            or through the{" "}
            <Link href={brand.supportUrl} style={link}>
              {brand.name} help centre
            </Link>
          </>
        ) : null}
        .
      </Paragraph>
    </MailLayout>
  );
}
