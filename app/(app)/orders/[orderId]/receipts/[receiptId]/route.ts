import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { IminError } from "@/lib/imin/errors";
import { fetchReceipt, getCustomerOrder } from "../../../data";

const notFound = async () =>
  new Response((await getTranslations("orders"))("receiptNotFound"), {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * Streams a receipt PDF. Only for a receipt the order itself lists, of an order that is the signed-in
 * customer's; anything else is the same 404 as an unknown id.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ orderId: string; receiptId: string }> }) {
  const [user, { orderId, receiptId }] = await Promise.all([getCurrentUser(), params]);
  if (!user) {
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/orders/${encodeURIComponent(orderId)}`)}`);
  }
  try {
    const order = await getCustomerOrder(user, orderId);
    const receipt = order?.receipts.find((r) => r.id === receiptId);
    if (!order || !receipt) return notFound();
    const pdf = await fetchReceipt(receipt.url);
    const name = `receipt-${(order.confirmationNumber ?? order.identifier).replace(/[^A-Za-z0-9_-]/g, "")}.pdf`;
    return new Response(pdf.data, {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${name}"`,
        "content-length": String(pdf.data.byteLength),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof IminError) {
      if (error.kind === "not_found") return notFound();
      // In the customer's language: imin's own (English) words for its failure are not passed on.
      return new Response((await getTranslations("orders"))("receiptFailed"), {
        status: error.httpStatus,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
    }
    throw error;
  }
}
