import "server-only";
import { IminError } from "@/lib/imin/errors";
import { deleteMemberRow, listHouseholdMembers } from "./members";
import { deleteMemberAccount } from "./remove-member";

/**
 * Before the account holder's own account goes: every member they created, one at a time, imin's
 * DELETE then the row. The first failure stops here and throws, so the holder's account is not
 * deleted and every member left still has both their row and their imin account; asking again
 * continues with the ones left.
 */
export async function eraseHouseholdMembers(userId: string): Promise<number> {
  const members = await listHouseholdMembers(userId);
  for (const member of members) {
    try {
      await deleteMemberAccount(member.iminCustomerId);
    } catch (e) {
      const cause = e instanceof IminError ? e : new IminError({ kind: "unavailable", cause: e });
      throw new IminError({
        kind: cause.kind,
        status: cause.status,
        iminType: cause.iminType,
        description: cause.description,
        cause,
        customerMessage: `Your account was not deleted: we couldn't remove ${member.givenName}'s family member account at the booking service. ${cause.customerMessage}`,
      });
    }
    await deleteMemberRow(userId, member.id);
  }
  return members.length;
}
