import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

export function SandboxBadge() {
  const t = useTranslations("shell.sandbox");
  return (
    <Badge tone="warning" className="uppercase tracking-wide">
      <span title={t("title")}>{t("badge")}</span>
    </Badge>
  );
}
