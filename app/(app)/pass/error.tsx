"use client";

import { useTranslations } from "next-intl";
import { SavedPasses } from "@/components/pass/saved-pack";
import { PageHeader } from "@/components/ui/page-header";

/** Anything else failing on /pass: the passes and codes saved on this device, inside the signed-in frame. */
export default function PassError({ retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("pass");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SavedPasses retry={retry} />
    </>
  );
}
