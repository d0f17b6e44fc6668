import { z } from "zod";
import type { MailBrand } from "../brand";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { customerName, mailLink } from "./props";

export const signUpAttemptProps = z.object({ name: customerName, signInUrl: mailLink, forgotPasswordUrl: mailLink });

/** Sent instead of a second account: the sign-up page answers the same, so only the owner learns of it. */
export function SignUpAttempt({ brand, name, signInUrl, forgotPasswordUrl }: z.output<typeof signUpAttemptProps> & { brand: MailBrand }) {
  return (
    <MailLayout
      brand={brand}
      preview={`Someone tried to create a ${brand.name} account with this address.`}
      heading="You already have an account"
      reason={`You are getting this email because someone used this address to create an account with ${brand.name}, which already has one.`}
    >
      <Paragraph brand={brand}>{greeting(name)}</Paragraph>
      <Paragraph brand={brand}>
        Someone tried to create a {brand.name} account with this email address. You already have one, so nothing was created.
      </Paragraph>
      <ActionLink brand={brand} href={signInUrl} label="Sign in" />
      <Paragraph brand={brand}>Forgotten your password? Choose a new one here: {forgotPasswordUrl}</Paragraph>
      <Paragraph brand={brand}>If this wasn't you, you can ignore this email: your account is unchanged.</Paragraph>
    </MailLayout>
  );
}
