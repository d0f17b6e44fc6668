"use client";

import { useTranslations } from "next-intl";
import { LoadError } from "@/components/ui/load-error";

/** A public page that failed: the message sits inside the page's frame, so the search stays one tap away. */
export default function BrowseError({ retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors.page");
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">{t("title")}</h1>
      <LoadError what={t("thisPage")} reset={retry} />
    </>
  );
}
