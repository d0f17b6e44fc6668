import { z } from "zod";
import type { MailBrand } from "../brand";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { customerName, mailLink } from "./props";
import { UnsubscribeNote } from "./unsubscribe-note";

export const accountNoticeProps = z.object({
  name: customerName,
  /** The notice as the portal's banner words it. */
  message: z.string().trim().min(1).max(1000),
  pageUrl: mailLink,
  pageLabel: z.string().trim().min(1).max(60),
  unsubscribeUrl: mailLink,
});

export function AccountNotice(props: z.output<typeof accountNoticeProps> & { brand: MailBrand }) {
  const { brand, name, message, pageUrl, pageLabel, unsubscribeUrl } = props;
  return (
    <MailLayout
      brand={brand}
      preview={message}
      heading="Something changed at one of your sellers"
      reason={`You are getting this email because your ${brand.name} account is linked to this seller.`}
    >
      <Paragraph brand={brand}>{greeting(name)}</Paragraph>
      <Paragraph brand={brand}>{message}</Paragraph>
      <ActionLink brand={brand} href={pageUrl} label={pageLabel} />
      <UnsubscribeNote brand={brand} href={unsubscribeUrl} what="emails about changes at your sellers" />
    </MailLayout>
  );
}
