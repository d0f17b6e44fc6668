"use client";

import { useTranslations } from "next-intl";
import { LoadError } from "@/components/ui/load-error";

/**
 * A signed-in page that failed: the message sits inside the signed-in frame (header, tab bar), so
 * the rest of the portal stays one tap away. Only the frame itself failing reaches app/error.tsx.
 */
export default function AppError({ retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors.page");
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">{t("title")}</h1>
      <LoadError what={t("thisPage")} reset={retry} />
    </>
  );
}
