"use client";

import { useTranslations } from "next-intl";
import { LoadError } from "@/components/ui/load-error";

export default function FamilyError({ retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("family");
  return <LoadError what={t("loadWhat")} reset={retry} />;
}
