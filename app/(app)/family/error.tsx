"use client";

import { LoadError } from "@/components/ui/load-error";

export default function FamilyError({ retry }: { error: unknown; retry: () => void }) {
  return <LoadError what="your family members" reset={retry} />;
}
