"use client";

import { LoadError } from "@/components/ui/load-error";

export default function OrdersError({ retry }: { error: unknown; retry: () => void }) {
  return <LoadError what="your orders" reset={retry} />;
}
