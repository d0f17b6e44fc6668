"use client";

import { SavedBookings } from "@/components/pass/saved-pack";
import { PageHeader } from "@/components/ui/page-header";

/**
 * /bookings when imin could not be read: the bookings and codes saved on this device (next 7 days),
 * inside the signed-in frame, with when they were saved and a retry of the live page.
 */
export default function BookingsError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <PageHeader title="Your bookings" description="Upcoming sessions, earliest first. Times are shown in the venue's local time." />
      <SavedBookings retry={retry} />
    </>
  );
}
