import "server-only";
import { cache } from "react";
import { type CustomerSummary, fetchCustomerSummary, fetchSellerAccounts, type SellerAccount } from "@/lib/imin/seller-accounts";
import { getUserByIminCustomerId } from "@/lib/accounts/store";
import {
  customersWithUnprocessedReceipts,
  getSnapshot,
  giveUpOnReceipts,
  hasUnprocessedReceipts,
  markReceiptsProcessed,
  saveSnapshotWithNotices,
  takeUnprocessedReceipts,
} from "@/lib/notices/store";
import { diffSnapshots } from "./diff";
import { customerPart, mergeSnapshot, readSnapshot, sellersPart, type Snapshot } from "./snapshot";

const MAX_ATTEMPTS = 5;
const CAS_TRIES = 4;

export interface CustomerState {
  customer?: CustomerSummary | null;
  sellers?: SellerAccount[];
}

/** Stored parts older than a read may be replaced by it; a part from a later read may not. */
function readLater(readAt: Date, storedReadAt: number | undefined): boolean {
  return storedReadAt === undefined || readAt.getTime() >= storedReadAt;
}

/**
 * Writes a new view of the customer and the notices for what changed since the last one, as one
 * compare-and-set: two processors working from the same baseline produce one set of notices.
 * `readAt` is when the data began to be read from imin (a value cached earlier in a request keeps
 * its own, earlier time). Each part (customer, sellers) is replaced only by a later read of it, so a
 * stale view can neither undo a newer one nor come back later as a notice.
 * `notify: false` only moves the baseline (the customer is looking at the data right now).
 */
export async function recordCustomerState(userId: string, state: CustomerState, notify: boolean, readAt: Date): Promise<number> {
  for (let attempt = 0; attempt < CAS_TRIES; attempt++) {
    const stored = await getSnapshot(userId);
    const before: Snapshot | undefined = readSnapshot(stored?.snapshot);
    // Snapshots from before per-part times were kept count as read when they were written.
    const storedAt = stored?.takenAt.getTime();
    const customerAt = before?.customer ? (before.customerReadAt ?? storedAt) : undefined;
    const sellersAt = before?.sellers ? (before.sellersReadAt ?? storedAt) : undefined;
    const customer = state.customer && readLater(readAt, customerAt) ? state.customer : undefined;
    const sellers = state.sellers && readLater(readAt, sellersAt) ? state.sellers : undefined;
    if (!customer && !sellers) return 0;
    const after = mergeSnapshot(
      before,
      { customer: customer ? customerPart(customer) : undefined, sellers: sellers ? sellersPart(sellers) : undefined },
      readAt,
    );
    const drafts = notify ? diffSnapshots(before, after) : [];
    const stamp = stored ? stored.takenAt.getTime() : "none";
    const saved = await saveSnapshotWithNotices(
      userId,
      stored,
      after,
      drafts.map((d) => ({ kind: d.kind, message: d.message, dedupeKey: `${userId}:${stamp}:${d.key}` })),
    );
    if (saved) return drafts.length;
  }
  return 0;
}

function errorWords(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : "processing failed";
}

/**
 * Handles every stored notification for one customer: re-reads the account and linked accounts,
 * records notices for the differences, and closes the receipts. Safe to run twice at once.
 */
export async function processCustomer(userId: string, iminCustomerId: string): Promise<void> {
  const ids = await takeUnprocessedReceipts(iminCustomerId);
  if (!ids.length) return;
  try {
    // Read now, after taking the receipts: a value this request cached earlier may predate the change.
    const readAt = new Date();
    const [customer, sellers] = await Promise.all([
      fetchCustomerSummary(iminCustomerId),
      fetchSellerAccounts(iminCustomerId).then((r) => r.accounts),
    ]);
    await recordCustomerState(userId, { customer: customer ?? undefined, sellers }, true, readAt);
    await markReceiptsProcessed(ids);
  } catch (error) {
    await markReceiptsProcessed(ids, errorWords(error));
    console.error(`webhook processing failed for a customer (${errorWords(error).split(":")[0]})`);
  }
}

/** Stored notifications for this person, processed before a page shows their notices (once per request). */
export const processPendingFor = cache(async (userId: string, iminCustomerId: string): Promise<void> => {
  if (await hasUnprocessedReceipts(iminCustomerId)) await processCustomer(userId, iminCustomerId);
});

const RECOVERY_KEY = Symbol.for("imin-portal.webhook-recovery");
const RECOVERY_INTERVAL_MS = 60_000;
type RecoveryHolder = { [RECOVERY_KEY]?: { lastRun: number; running?: Promise<void> } };

/**
 * Processes notifications left unprocessed (e.g. received just before a restart). Runs on the first
 * request after start-up and then at most once a minute; cheap when there is nothing to do.
 */
export function recoverUnprocessed(force = false): Promise<void> {
  const holder = globalThis as RecoveryHolder;
  const state = holder[RECOVERY_KEY] ?? { lastRun: 0 };
  holder[RECOVERY_KEY] = state;
  if (state.running) return state.running;
  if (!force && Date.now() - state.lastRun < RECOVERY_INTERVAL_MS) return Promise.resolve();
  state.lastRun = Date.now();
  state.running = (async () => {
    try {
      await giveUpOnReceipts(MAX_ATTEMPTS);
      for (const iminCustomerId of await customersWithUnprocessedReceipts(MAX_ATTEMPTS)) {
        const user = await getUserByIminCustomerId(iminCustomerId);
        if (!user) {
          await markReceiptsProcessed(await takeUnprocessedReceipts(iminCustomerId));
          continue;
        }
        await processCustomer(user.id, iminCustomerId);
      }
    } catch (error) {
      console.error(`webhook recovery pass failed (${error instanceof Error ? error.name : "error"})`);
    } finally {
      state.running = undefined;
    }
  })();
  return state.running;
}
