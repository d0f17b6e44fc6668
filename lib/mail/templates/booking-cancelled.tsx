import { z } from "zod";
import type { MailBrand } from "../brand";
import { ActionLink, greeting, MailLayout, Paragraph } from "./layout";
import { customerName, mailLink } from "./props";
import { UnsubscribeNote } from "./unsubscribe-note";

export const bookingCancelledProps = z.object({
  name: customerName,
  title: z.string().trim().min(1).max(200),
  when: z.string().trim().min(1).max(100),
  organizer: z.string().trim().max(200).optional(),
  /** What the seller wrote when cancelling. */
  message: z.string().trim().max(1000).optional(),
  orderUrl: mailLink,
  unsubscribeUrl: mailLink,
});

export function BookingCancelled(props: z.output<typeof bookingCancelledProps> & { brand: MailBrand }) {
  const { brand, name, title, when, organizer, message, orderUrl, unsubscribeUrl } = props;
  return (
    <MailLayout
      brand={brand}
      preview={`${organizer ?? "The organiser"} cancelled ${title} (${when}).`}
      heading={`Cancelled: ${title}`}
      reason={`You are getting this email because you booked this session through ${brand.name}.`}
    >
      <Paragraph brand={brand}>{greeting(name)}</Paragraph>
      <Paragraph brand={brand}>
        {organizer ?? "The organiser"} cancelled {title} on {when}.
      </Paragraph>
      {message ? <Paragraph brand={brand}>Their message: “{message}”</Paragraph> : null}
      <Paragraph brand={brand}>
        You don't need to do anything: the organiser refunds what you paid to the card you paid with. The order page shows the receipt.
      </Paragraph>
      <ActionLink brand={brand} href={orderUrl} label="View the order" />
      <UnsubscribeNote brand={brand} href={unsubscribeUrl} what="cancellation emails" />
    </MailLayout>
  );
}
