/** What the service worker keeps for a signed-in customer with no signal (see lib/pwa/offline-pack.ts). */
export interface OfflinePass {
  sellerId: string;
  sellerName: string;
  logoUrl?: string;
  number: string;
  /** Code 128, bars only, rendered by the server. */
  barcodeSvg: string | null;
}

export interface OfflineBooking {
  id: string;
  title: string;
  when: string;
  startDate?: string;
  venue?: string;
  /** Whose place it is when not the customer's own: the family member's (attendee's) name. */
  attendee?: string;
  /** The full-screen "Show at the desk" view of its codes. */
  deskHref?: string;
  accessCodes: { label: string; code: string; qrSvg: string | null }[];
}

export interface OfflinePack {
  version: 1;
  /** The portal user the pack belongs to: another user's pack is never shown. */
  userId: string;
  /** When the server made the pack, ISO, and as the venue's local time with the zone. */
  updatedAt: string;
  updatedAtText: string;
  passes: OfflinePass[];
  bookings: OfflineBooking[];
}
