import { useTranslations } from "next-intl";
import { SkeletonList } from "@/components/ui/skeleton";

export default function Loading() {
  const t = useTranslations("slot");
  return <SkeletonList rows={3} label={t("loading")} />;
}
