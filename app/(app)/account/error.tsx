"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function AccountError({ retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("account");
  const common = useTranslations("common");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Alert tone="error">{t("errors.loadFailed")}</Alert>
      <Button onClick={retry}>{common("tryAgain")}</Button>
    </div>
  );
}
