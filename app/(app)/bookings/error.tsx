"use client";

import { useTranslations } from "next-intl";
import { SavedBookings } from "@/components/pass/saved-pack";
import { PageHeader } from "@/components/ui/page-header";

/**
 * /bookings when imin could not be read: the bookings and codes saved on this device (next 7 days),
 * inside the signed-in frame, with when they were saved and a retry of the live page.
 */
export default function BookingsError({ retry }: { error: unknown; retry: () => void }) {
  // Its messages come from the bookings layout's provider (this boundary sits below it).
  const t = useTranslations("bookings");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SavedBookings retry={retry} />
    </>
  );
}
