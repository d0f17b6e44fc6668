import "server-only";
import { getUserByIminCustomerId } from "@/lib/accounts/store";
import { enqueue } from "@/lib/jobs/boss";
import { scanCustomerBookings } from "@/lib/reminders/scan";
import { processCustomer } from "./process";
import { WEBHOOK_PROCESS } from "./queues";

/**
 * Queues the processing of a customer's stored webhook notifications. The receipt is already
 * stored, so a failure here loses nothing: the recovery job picks the receipt up.
 */
export async function queueWebhookProcessing(iminCustomerId: string): Promise<void> {
  await enqueue(WEBHOOK_PROCESS, { iminCustomerId });
}

/** Records the notices for what changed, then brings the customer's reminders and cancellations up to date. */
export async function processWebhookJob(data: { iminCustomerId?: unknown }): Promise<void> {
  if (typeof data.iminCustomerId !== "string") return;
  const user = await getUserByIminCustomerId(data.iminCustomerId);
  if (!user) return;
  await processCustomer(user.id, data.iminCustomerId);
  await scanCustomerBookings(user);
}
