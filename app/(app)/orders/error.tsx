"use client";

import { useTranslations } from "next-intl";
import { LoadError } from "@/components/ui/load-error";

export default function OrdersError({ retry }: { error: unknown; retry: () => void }) {
  // Its words come from the orders layout's provider (this boundary sits below it).
  const t = useTranslations("orders.errorWhat");
  return <LoadError what={t("list")} reset={retry} />;
}
