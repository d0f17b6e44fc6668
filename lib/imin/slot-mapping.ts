import type { z } from "zod";
import { mapLink } from "@/lib/format/map-link";
import { durationMinutes } from "@/lib/facilities/time-labels";
import { type PostalAddressParts, sessionRouteId } from "./event-mapping";
import { slotEnd } from "./facility-mapping";
import { type Attribution, type AttributionIndex, attributionOf } from "./attribution";
import type { OfferView } from "./offer-view";
import type { slotDetail } from "./schemas";

/** A Slot By-ID payload mapped to what /book/slot/[slotId] shows. Pure. */

type SlotDetailPayload = z.output<typeof slotDetail>;

export interface SlotDetail {
  slotId: string;
  /** Always "Slot": what checkout's `orderedItem.type` names. */
  type: "Slot";
  identifier?: string;
  /** imin's name for the facility, else its activities; absent when imin gives neither (`facilityText` words it). */
  facilityName?: string;
  activity: string;
  /** The court this slot is for ("Court 3"), when it belongs to one IndividualFacilityUse. */
  court?: string;
  /** For a slot standing for several courts: the free ones (the court is assigned at payment). */
  freeCourts: string[];
  startDate: string;
  endDate?: string;
  durationMinutes?: number;
  remaining?: number;
  maximum?: number;
  bookable: boolean;
  /** Why not, in the customer's words, when not bookable. */
  reason?: string;
  membersOnly: boolean;
  seller?: { id?: string; name?: string; telephone?: string; url?: string };
  venue?: {
    name?: string;
    address: string;
    /** The PostalAddress parts, trimmed, for structured data. */
    postalAddress?: PostalAddressParts;
    telephone?: string;
    mapUrl?: string;
    latitude?: number;
    longitude?: number;
  };
  offers: OfferView[];
  /** Its open dataset's attribution ("Source: <publisher>"), docs/imin/attribution.md. */
  source?: Attribution;
}

const clean = (s: string | undefined) => s?.replace(/\s+/g, " ").trim() || undefined;

function unbookableReason(p: SlotDetailPayload, nowMs: number, sellerName?: string): string {
  if (Date.parse(p.startDate) <= nowMs) return "Already started: slots can only be booked before they begin.";
  if (p.remainingUses !== undefined && p.remainingUses <= 0) return "Full: every court is taken at this time.";
  return `No online booking: ${sellerName ?? "this venue"} doesn't take bookings for this facility online. Contact the venue to book.`;
}

export function mapSlotDetail(p: SlotDetailPayload, slotId: string, nowMs: number, sources?: AttributionIndex): SlotDetail {
  const parent = p.facilityUse;
  const isCourt = /IndividualFacilityUse$/.test(parent?.type ?? "");
  const fu = isCourt ? (parent?.facilityUse ?? parent) : parent;
  const location = fu?.location ?? (isCourt ? parent?.location : undefined);
  const seller = fu?.provider ?? parent?.provider;
  const activity = (fu?.activity.length ? fu.activity : (parent?.activity ?? []))
    .map((a) => clean(a.prefLabel))
    .filter(Boolean)
    .join(", ");
  const offers: OfferView[] = p.offers.map((o) => ({
    id: o.id,
    name: clean(o.name) ?? "Booking",
    price: o.price,
    currency: clean(o.priceCurrency) ?? "GBP",
    ageMin: o.ageRange?.minValue,
    ageMax: o.ageRange?.maxValue,
    membershipRequired: o["imin:membershipRequired"] === true,
    cancelMinutesBefore: durationMinutes(o.latestCancellationBeforeStartDate),
  }));
  if (offers.length === 0) {
    // Only a summary price: still show it (and book it, when imin names its offer id).
    const agg = p["imin:aggregateOffer"];
    for (const [role, label] of [
      ["publicAdult", "Adult"],
      ["publicJunior", "Junior"],
    ] as const) {
      const part = agg?.[role];
      if (!part) continue;
      offers.push({
        id: part.id,
        name: label,
        price: part.price,
        currency: clean(part.priceCurrency) ?? "GBP",
        membershipRequired: part["imin:membershipRequired"] === true,
      });
    }
  }
  const bookable = Boolean(p["imin:checkoutUrlTemplate"]) && Date.parse(p.startDate) > nowMs && (p.remainingUses ?? 1) > 0;
  const address = location?.address;
  const venueName = clean(location?.name);
  const addressText = [address?.streetAddress, address?.addressLocality, address?.addressRegion, address?.postalCode]
    .map(clean)
    .filter(Boolean)
    .join(", ");
  const end = slotEnd(p);
  const sellerName = clean(seller?.name);
  return {
    slotId: sessionRouteId(p) ?? slotId,
    type: "Slot",
    identifier: p.identifier,
    facilityName: clean(fu?.name) ?? (activity || undefined),
    activity,
    court: isCourt ? clean(parent?.name) : undefined,
    freeCourts: p["beta:sportsActivityLocation"].map((c) => clean(c.name)).filter((n): n is string => Boolean(n)),
    startDate: p.startDate,
    endDate: end,
    durationMinutes: durationMinutes(p.duration) ?? (end ? Math.round((Date.parse(end) - Date.parse(p.startDate)) / 60_000) : undefined),
    remaining: p.remainingUses,
    maximum: p.maximumUses,
    bookable,
    reason: bookable ? undefined : unbookableReason(p, nowMs, sellerName),
    membersOnly: offers.length > 0 && offers.every((o) => o.membershipRequired),
    seller: seller ? { id: seller.id, name: sellerName, telephone: clean(seller.telephone), url: seller.url } : undefined,
    venue: location
      ? {
          name: venueName,
          address: addressText,
          postalAddress: address
            ? {
                streetAddress: clean(address.streetAddress),
                addressLocality: clean(address.addressLocality),
                addressRegion: clean(address.addressRegion),
                postalCode: clean(address.postalCode),
                addressCountry: clean(address.addressCountry),
              }
            : undefined,
          telephone: clean(location.telephone),
          latitude: location.geo?.latitude,
          longitude: location.geo?.longitude,
          mapUrl: mapLink({
            latitude: location.geo?.latitude,
            longitude: location.geo?.longitude,
            query: [venueName, addressText].filter(Boolean).join(", "),
            zoom: 16,
          }),
        }
      : undefined,
    offers,
    source: attributionOf(fu?.["imin:dataSource"] ?? parent?.["imin:dataSource"], sources),
  };
}
