import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { HOLDER_KEY, type Person, type PersonOption, ticketsFor } from "@/lib/group-booking/plan";
import { confirmedPlaceItemsOn, type Place } from "@/lib/group-booking/places";
import { reconcileGroupBooking } from "@/lib/group-booking/checkout";
import { type GroupBooking, openGroupBookingFor } from "@/lib/group-booking/store";
import { type HouseholdMember, listHouseholdMembers } from "@/lib/family/members";
import { IminError } from "@/lib/imin/errors";
import type { SessionDetail } from "@/lib/imin/event-mapping";

export { listHouseholdMembers } from "@/lib/family/members";
export { groupBookingPath, reconcileGroupBooking } from "@/lib/group-booking/checkout";
export { getGroupBooking } from "@/lib/group-booking/store";
export { groupOutlook, stepProblem } from "@/lib/group-booking/outlook";
export { getSessionDetail } from "@/lib/imin/events";
export { getPublicSessionDetail } from "@/lib/book/public-reads";
export { guestCheckoutUrl } from "@/lib/book/guest-checkout";

interface Holder {
  givenName?: string;
  familyName?: string;
  birthDate?: string;
}

/** The account holder first, then their family members, as people a ticket can be chosen for. */
export async function householdPeople(
  user: PortalUser,
  holder: Holder,
  membersRead: Promise<HouseholdMember[]> = listHouseholdMembers(user.id),
): Promise<Person[]> {
  const members = await membersRead;
  if (members.length === 0) return [];
  return [
    {
      key: HOLDER_KEY,
      iminCustomerId: user.iminCustomerId,
      givenName: holder.givenName || user.givenName || "You",
      familyName: holder.familyName ?? "",
      birthDate: holder.birthDate || null,
      isHolder: true,
    },
    ...members.map((m) => ({
      key: m.id,
      iminCustomerId: m.iminCustomerId,
      givenName: m.givenName,
      familyName: m.familyName,
      birthDate: m.birthDate,
      isHolder: false,
    })),
  ];
}

/**
 * Who already holds a place on this session (imin customer id → the place) and the unfinished
 * group booking for it, if any: an open plan is brought up to date with imin on the way. The places
 * are undefined when imin could not be read (they only refine the page; checkouts check again).
 */
export async function placesAndPlan(
  user: PortalUser,
  detail: SessionDetail,
): Promise<{ places?: Map<string, Place>; openPlan?: GroupBooking }> {
  const plan = await openGroupBookingFor(user.id, detail.sessionId);
  let places: Map<string, Place> | undefined;
  try {
    if (plan) places = await reconcileGroupBooking(user, plan);
    else if (detail.identifier) places = await confirmedPlaceItemsOn(user, detail.identifier, detail.startDate);
  } catch (error) {
    if (!(error instanceof IminError)) throw error;
  }
  return { places, openPlan: plan && !plan.completedAt ? plan : undefined };
}

/** "Who is coming?": each person's tickets on this session, or why none (a place already held among them). */
export function whoIsComing(
  detail: SessionDetail,
  people: Person[],
  linkedSellerIds: string[] | undefined,
  places: ReadonlyMap<string, Place> = new Map(),
): PersonOption[] {
  const session = { startDate: detail.startDate, sellerId: detail.seller?.id, sellerName: detail.seller?.name, offers: detail.offers };
  return people.map((p) => ticketsFor(p, session, { linkedSellerIds }, new Set(places.keys())));
}
export { IminError } from "@/lib/imin/errors";
export type { OfferView } from "@/lib/imin/offer-view";
