import { z } from "zod";
import type { MailBrand } from "../brand";
import { RESET_PASSWORD_LINK_HOURS } from "../lifetimes";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { customerName, mailLink } from "./props";

export const resetPasswordProps = z.object({ name: customerName, resetUrl: mailLink });

export function ResetPassword({ brand, name, resetUrl }: z.output<typeof resetPasswordProps> & { brand: MailBrand }) {
  const hours = RESET_PASSWORD_LINK_HOURS === 1 ? "1 hour" : `${RESET_PASSWORD_LINK_HOURS} hours`;
  return (
    <MailLayout
      brand={brand}
      preview={`Choose a new password for your ${brand.name} account.`}
      heading="Reset your password"
      reason={`You are getting this email because someone asked to reset the password of the ${brand.name} account for this address.`}
    >
      <Paragraph brand={brand}>{greeting(name)}</Paragraph>
      <Paragraph brand={brand}>We received a request to reset the password of your {brand.name} account.</Paragraph>
      <ActionLink brand={brand} href={resetUrl} label="Choose a new password" />
      <Paragraph brand={brand}>
        This link works once and for {hours}. Resetting your password signs you out everywhere and turns off your private calendar link; you
        can make a new one on your bookings page after signing in.
      </Paragraph>
      <Paragraph brand={brand}>If this wasn't you, ignore this email: your password stays as it is.</Paragraph>
    </MailLayout>
  );
}
