import { z } from "zod";
import type { MailBrand } from "../brand";
import { VERIFY_EMAIL_LINK_HOURS } from "../lifetimes";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { mailLink } from "./props";

/** No name: the address is not confirmed yet, and a stranger may have typed whatever they liked. */
export const verifyEmailProps = z.object({ verifyUrl: mailLink });

export function VerifyEmail({ brand, verifyUrl }: z.output<typeof verifyEmailProps> & { brand: MailBrand }) {
  return (
    <MailLayout
      brand={brand}
      preview={`Confirm your email address to finish creating your ${brand.name} account.`}
      heading="Confirm your email address"
      reason={`You are getting this email because this address was used to create an account with ${brand.name}. If that was not you, ignore it: no account is created without this confirmation.`}
    >
      <Paragraph brand={brand}>{greeting()}</Paragraph>
      <Paragraph brand={brand}>To finish creating your {brand.name} account, confirm that this email address is yours.</Paragraph>
      <ActionLink brand={brand} href={verifyUrl} label="Confirm email address" />
      <Paragraph brand={brand}>
        This link works once and for {VERIFY_EMAIL_LINK_HOURS} hours. After that, sign in to get a new one.
      </Paragraph>
    </MailLayout>
  );
}
