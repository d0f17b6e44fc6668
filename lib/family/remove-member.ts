import "server-only";
import { deleteCustomerAccount } from "@/lib/imin/customers";
import { IminError } from "@/lib/imin/errors";
import type { Booking } from "@/lib/imin/order-types";
import { deleteMemberRow, getHouseholdMember } from "./members";
import { pendingBookingsOf } from "../group-booking/pending-bookings";

export type RemoveMemberResult =
  | { status: "removed" }
  | { status: "not-found" }
  /** Upcoming places still stand: nothing was deleted. */
  | { status: "has-bookings"; bookings: Booking[] };

/** imin's DELETE, where an account already gone counts as done (a repeat after a lost answer). */
export async function deleteMemberAccount(iminCustomerId: string): Promise<void> {
  try {
    await deleteCustomerAccount(iminCustomerId);
  } catch (e) {
    if (e instanceof IminError && e.kind === "not_found") return;
    throw e;
  }
}

/**
 * Removes a family member only when nothing of theirs is pending: imin's DELETE (202, erasure
 * follows there) first, then the row, so an imin failure leaves the member as they were.
 */
export async function removeHouseholdMember(holder: { id: string; iminCustomerId: string }, memberId: string): Promise<RemoveMemberResult> {
  const member = await getHouseholdMember(holder.id, memberId);
  if (!member) return { status: "not-found" };
  const pending = await pendingBookingsOf(holder.iminCustomerId, member);
  if (pending.length) return { status: "has-bookings", bookings: pending };
  await deleteMemberAccount(member.iminCustomerId);
  await deleteMemberRow(holder.id, member.id);
  return { status: "removed" };
}
