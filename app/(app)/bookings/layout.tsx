import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/**
 * The bookings pages' client parts (the Cancel dialog, the calendar link, the error page, which sits
 * below this layout) need a few of the "bookings" messages besides the root's, and the error page's
 * saved bookings (components/pass/saved-pack.tsx) a few of "pass": only those are sent.
 */
export default function BookingsLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      pick={[
        "bookings.calendar",
        "bookings.cancel",
        "bookings.description",
        "bookings.title",
        "pass.desk",
        "pass.for",
        "pass.forYou",
        "pass.saved",
      ]}
    >
      {children}
    </ClientMessages>
  );
}
