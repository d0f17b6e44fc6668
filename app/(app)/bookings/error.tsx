"use client";

import { LoadError } from "@/components/ui/load-error";

export default function BookingsError({ reset }: { error: Error; reset: () => void }) {
  return <LoadError what="your bookings" reset={reset} />;
}
