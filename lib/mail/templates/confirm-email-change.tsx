import { z } from "zod";
import type { MailBrand } from "../brand";
import { CONFIRM_EMAIL_CHANGE_LINK_HOURS } from "../lifetimes";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { mailLink } from "./props";

/** No name: the new address is not confirmed yet. */
export const confirmEmailChangeProps = z.object({ confirmUrl: mailLink, newEmail: z.email() });

/** Sent to the new address: the change happens only when its owner follows the link. */
export function ConfirmEmailChange({ brand, confirmUrl, newEmail }: z.output<typeof confirmEmailChangeProps> & { brand: MailBrand }) {
  return (
    <MailLayout
      brand={brand}
      preview={`Confirm ${newEmail} as the email address of your ${brand.name} account.`}
      heading="Confirm your new email address"
      reason={`You are getting this email because someone asked to use this address for an account with ${brand.name}. If that was not you, ignore it: nothing changes without this confirmation.`}
    >
      <Paragraph brand={brand}>{greeting()}</Paragraph>
      <Paragraph brand={brand}>
        Confirm that you want to sign in to {brand.name} with {newEmail} from now on.
      </Paragraph>
      <ActionLink brand={brand} href={confirmUrl} label="Confirm new email address" />
      <Paragraph brand={brand}>This link works once and for {CONFIRM_EMAIL_CHANGE_LINK_HOURS} hours.</Paragraph>
    </MailLayout>
  );
}
