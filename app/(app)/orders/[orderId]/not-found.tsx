import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/button";

export default function OrderNotFound() {
  const t = useTranslations("orders.notFound");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <LinkButton href="/orders" variant="secondary">
        {t("link")}
      </LinkButton>
    </div>
  );
}
