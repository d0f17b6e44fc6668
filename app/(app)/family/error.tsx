"use client";

import { LoadError } from "@/components/ui/load-error";

export default function FamilyError({ reset }: { error: Error; reset: () => void }) {
  return <LoadError what="your family members" reset={reset} />;
}
