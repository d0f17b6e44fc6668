"use client";

import { LoadError } from "@/components/ui/load-error";

export default function OrderError({ retry }: { error: unknown; retry: () => void }) {
  return <LoadError what="this order" reset={retry} />;
}
