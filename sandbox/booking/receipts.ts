import PDFDocument from "pdfkit";
import type { SandboxContext } from "../context";
import type { OrderRecord } from "../store/types";
import { partsOf } from "./order-render";

const STATUS_WORDS: Record<string, string> = {
  OrderItemConfirmed: "Confirmed",
  CustomerCancelled: "Cancelled (refunded)",
  SellerCancelled: "Cancelled by organiser (refunded)",
  AttendeeAttended: "Attended",
  AttendeeAbsent: "Absent",
};

const gbp = (pence: number) => `£${(pence / 100).toFixed(2)}`;

const londonDateTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
});

/**
 * A real PDF receipt: who sold it, through which broker, the confirmation number, one line per
 * booked place and the totals in GBP. Content streams are left uncompressed so the text stays
 * searchable by tools that do not inflate streams.
 */
export function renderReceiptPdf(ctx: SandboxContext, order: OrderRecord, receipt: { id: string; dateCreated: string }): Promise<Buffer> {
  const { store } = ctx;
  const seller = store.sellerById(order.sellerId);
  const customer = store.customerById(order.customerId);
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    compress: false,
    info: {
      Title: `Receipt ${order.confirmationNumber}`,
      Author: order.brokerName,
      Subject: `Order ${order.identifier} with ${seller?.name ?? "the organiser"}`,
      CreationDate: new Date(receipt.dateCreated),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.font("Helvetica-Bold").fontSize(20).text(order.brokerName);
  doc.moveDown(0.3);
  doc.font("Helvetica").fontSize(14).text("Receipt");
  doc.moveDown();

  doc.fontSize(10);
  const field = (label: string, value: string) => {
    doc.font("Helvetica-Bold").text(`${label}: `, { continued: true }).font("Helvetica").text(value);
  };
  field("Confirmation number", order.confirmationNumber);
  field("Order date", londonDateTime.format(new Date(order.orderDate)));
  field("Receipt issued", londonDateTime.format(new Date(receipt.dateCreated)));
  if (seller) field("Sold by", seller.name);
  if (customer && !customer.erased) field("Customer", `${customer.givenName} ${customer.familyName}`);
  doc.moveDown();

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const cols = { what: left, status: left + width * 0.62, price: left + width * 0.85 };
  const row = (what: string, status: string, price: string, bold = false) => {
    const y = doc.y;
    doc.font(bold ? "Helvetica-Bold" : "Helvetica");
    doc.text(what, cols.what, y, { width: width * 0.6 });
    const after = doc.y;
    doc.text(status, cols.status, y, { width: width * 0.22 });
    doc.text(price, cols.price, y, { width: width * 0.15, align: "right" });
    doc.x = left;
    doc.y = Math.max(after, doc.y) + 4;
  };

  row("Item", "Status", "Price", true);
  let refundedPence = 0;
  for (const item of order.items) {
    const { session, series, offer, venue } = partsOf(store, item);
    const title = series?.name ?? "Booking";
    const when = session ? londonDateTime.format(new Date(session.startDate)) : "";
    const ticket = offer?.name ? `${offer.name} ticket` : "Ticket";
    const attendee = item.attendee ? ` for ${item.attendee.givenName} ${item.attendee.familyName}` : "";
    const where = venue ? `, ${venue.name}` : "";
    row(`${title}${where}\n${when}\n${ticket}${attendee}`, STATUS_WORDS[item.status] ?? item.status, gbp(item.pricePence));
    if (item.status === "CustomerCancelled" || item.status === "SellerCancelled") refundedPence += item.pricePence;
  }

  doc.moveDown(0.5);
  row("Total paid (including VAT)", "", gbp(order.totalPence), true);
  if (refundedPence > 0) {
    row("Refunded", "", `-${gbp(refundedPence)}`);
    row("Net", "", gbp(order.totalPence - refundedPence), true);
  }
  doc.moveDown();
  doc.font("Helvetica").fontSize(8).fillColor("#555555");
  doc.text(`All amounts are in pounds sterling (GBP). Receipt reference ${receipt.id}.`, left, doc.y, { width });
  if (seller) doc.text(`${seller.name} · ${seller.email} · ${seller.telephone}`, { width });

  doc.end();
  return done;
}
