import { getEnv } from "@/lib/env";
import { getUserByIminCustomerId } from "@/lib/accounts/store";
import { storeReceipt } from "@/lib/notices/store";
import { queueWebhookProcessing } from "@/lib/notices/webhook-job";
import { parseNotification, WEBHOOK_BODY_LIMIT, webhookKeyMatches } from "@/lib/notices/webhook";

export const dynamic = "force-dynamic";

function problem(status: 400 | 401 | 413, message: string) {
  return Response.json({ error: message }, { status, headers: { "cache-control": "no-store" } });
}

/**
 * imin's Customer Detail Change webhook. The notification is stored before answering (so a restart
 * cannot lose it) and processed by a job (webhook-process; left-overs by webhook-recovery).
 */
export async function POST(request: Request): Promise<Response> {
  if (!webhookKeyMatches(request.headers.get("x-api-key"), getEnv().IMIN_WEBHOOK_API_KEY)) {
    return problem(401, "unauthorized");
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > WEBHOOK_BODY_LIMIT) return problem(413, "body too large");
  let text: string;
  try {
    const buffer = await request.arrayBuffer();
    if (buffer.byteLength > WEBHOOK_BODY_LIMIT) return problem(413, "body too large");
    text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    return problem(400, "body could not be read");
  }
  const parsed = parseNotification(text);
  if (!parsed.ok) return problem(400, parsed.reason);

  // Unknown customers get the same answer as known ones: the endpoint reveals nothing.
  const user = await getUserByIminCustomerId(parsed.customerId);
  if (user) {
    await storeReceipt(parsed.customerId, parsed.payload);
    // Stored first: if queueing fails, the recovery job still finds the receipt.
    await queueWebhookProcessing(parsed.customerId).catch((e: Error) => console.error(`webhook: could not queue processing (${e.name})`));
  }
  return new Response(null, { status: 204 });
}
