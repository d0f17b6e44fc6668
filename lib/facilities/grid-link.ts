import { venueDayKey } from "@/lib/time/venue-time";
import { courtsHref } from "./search-state";

/** The courts grid a slot belongs to: its activity, its venue day, centred on its venue. */
export function slotGridHref(
  slot: { activity: string; startDate: string; venue?: { name?: string; latitude?: number; longitude?: number } },
  notice?: "taken" | "gone",
): string {
  const at = slot.venue?.latitude !== undefined && slot.venue.longitude !== undefined;
  return courtsHref(
    {
      lat: at ? slot.venue!.latitude : undefined,
      lng: at ? slot.venue!.longitude : undefined,
      where: at ? slot.venue!.name : undefined,
      activity: slot.activity.split(", ")[0] || undefined,
      day: venueDayKey(slot.startDate),
    },
    notice ? { notice } : {},
  );
}
