import { z } from "zod";
import type { MailBrand } from "../brand";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { customerName, mailLink } from "./props";
import { UnsubscribeNote } from "./unsubscribe-note";

export const evidenceDeadlineProps = z.object({
  name: customerName,
  seller: z.string().trim().min(1).max(200),
  entitlement: z.string().trim().min(1).max(200),
  /** The deadline in the venue's time with its zone: "Thu 3 Dec 2026, 17:00 GMT". */
  deadline: z.string().trim().min(1).max(100),
  sellersUrl: mailLink,
  unsubscribeUrl: mailLink,
});

export function EvidenceDeadline(props: z.output<typeof evidenceDeadlineProps> & { brand: MailBrand }) {
  const { brand, name, seller, entitlement, deadline, sellersUrl, unsubscribeUrl } = props;
  return (
    <MailLayout
      brand={brand}
      preview={`${seller} needs your evidence for ${entitlement} by ${deadline}`}
      heading="Your evidence is due soon"
      reason={`You are getting this email because your ${brand.name} account is linked to ${seller}.`}
    >
      <Paragraph brand={brand}>{greeting(name)}</Paragraph>
      <Paragraph brand={brand}>
        {seller} still needs evidence for your {entitlement} entitlement. The deadline is {deadline}; after it, the request closes and the
        entitlement may not be confirmed.
      </Paragraph>
      <Paragraph brand={brand}>You can send it from your seller accounts page, where the request has its upload link.</Paragraph>
      <ActionLink brand={brand} href={sellersUrl} label="Send my evidence" />
      <UnsubscribeNote brand={brand} href={unsubscribeUrl} what="emails about changes at your sellers" />
    </MailLayout>
  );
}
