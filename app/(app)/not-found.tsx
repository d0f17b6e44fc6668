import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/button";

/** A signed-in page's notFound(): said inside the signed-in frame, so the header and tab bar stay. */
export default function AppNotFound() {
  const t = useTranslations("errors.notFound");
  return (
    <div className="py-8 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("body")}</p>
      <div className="mt-6">
        <LinkButton href="/">{t("home")}</LinkButton>
      </div>
    </div>
  );
}
