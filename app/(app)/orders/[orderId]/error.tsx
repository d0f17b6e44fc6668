"use client";

import { LoadError } from "@/components/ui/load-error";

export default function OrderError({ reset }: { error: Error; reset: () => void }) {
  return <LoadError what="this order" reset={reset} />;
}
