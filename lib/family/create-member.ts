import "server-only";
import { isAmbiguousCreateFailure } from "@/lib/accounts/create-customer";
import { markOperationAmbiguous } from "@/lib/accounts/create-store";
import { createCustomerAccount } from "@/lib/imin/customers";
import { IminError } from "@/lib/imin/errors";
import { claimMemberCreate, completeMemberCreate, memberCreateState, releaseMemberCreate } from "./create-claims";
import { type MemberInput, memberToCustomerDetails } from "./member-details";
import { getMemberByCreateNonce, type HouseholdMember } from "./members";

export type AddMemberResult =
  | { status: "added"; member: HouseholdMember }
  /** The same form was submitted before and that submit added the member. */
  | { status: "already-added"; member: HouseholdMember }
  /** The same form's first submit is still talking to imin. */
  | { status: "busy" }
  /** imin refused or could not be reached: nothing exists there or here. */
  | { status: "failed"; error: IminError }
  /** imin's answer was lost: an account may exist there; it is not created again from this form. */
  | { status: "ambiguous" };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The other submit's outcome; `gone` when it ended without a member (imin said no: this one may try). */
async function waitForOtherSubmit(userId: string, nonce: string, waitMs: number): Promise<AddMemberResult | "gone"> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const member = await getMemberByCreateNonce(userId, nonce);
    if (member) return { status: "already-added", member };
    const state = await memberCreateState(userId, nonce);
    if (state === "ambiguous") return { status: "ambiguous" };
    if (state === "gone") return "gone";
    if (Date.now() >= deadline) return { status: "busy" };
    await sleep(200);
  }
}

/**
 * Adds a family member: their imin Customer Account first, then the row linking it to the account
 * holder, only once imin answered with an identifier. `nonce` is the add form's one-time token.
 */
export async function addHouseholdMember(
  holder: { id: string; email: string },
  input: MemberInput,
  nonce: string,
  opts: { waitForOtherMs?: number; retried?: boolean } = {},
): Promise<AddMemberResult> {
  const done = await getMemberByCreateNonce(holder.id, nonce);
  if (done) return { status: "already-added", member: done };
  const claim = await claimMemberCreate(holder.id, nonce, {
    givenName: input.givenName,
    familyName: input.familyName,
    birthDate: input.birthDate,
  });
  if ("held" in claim) {
    if (claim.held === "ambiguous") return { status: "ambiguous" };
    const other = await waitForOtherSubmit(holder.id, nonce, opts.waitForOtherMs ?? 8_000);
    if (other !== "gone") return other;
    if (opts.retried) return { status: "busy" };
    return addHouseholdMember(holder, input, nonce, { ...opts, retried: true });
  }

  let created: { identifier: string };
  try {
    created = await createCustomerAccount(memberToCustomerDetails(input, holder.email));
  } catch (e) {
    const error = e instanceof IminError ? e : new IminError({ kind: "unavailable", cause: e });
    if (isAmbiguousCreateFailure(error)) {
      await markOperationAmbiguous(claim.id, error.message);
      // The operator's line: ids and the failure only, never the member's details.
      console.error(
        `imin-member-create-ambiguous operation=${claim.id} login=${holder.id} cause="${error.message}": ` +
          "a family member's Customer Account may exist at imin without a row here; this form does not create it again",
      );
      return { status: "ambiguous" };
    }
    await releaseMemberCreate(claim.id);
    return { status: "failed", error };
  }
  const member = await completeMemberCreate(claim.id, {
    userId: holder.id,
    iminCustomerId: created.identifier,
    givenName: input.givenName,
    familyName: input.familyName,
    birthDate: input.birthDate,
    createNonce: nonce,
  });
  return { status: "added", member };
}
