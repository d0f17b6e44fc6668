import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/button";

/** A public page's notFound() (a session that is not there), said inside the page's frame. */
export default function BrowseNotFound() {
  const t = useTranslations("book.notFound");
  const tPage = useTranslations("errors.notFound");
  return (
    <div className="py-8 text-center">
      <h1 className="text-2xl font-bold">{tPage("title")}</h1>
      <p className="mt-3">{t("body")}</p>
      <div className="mt-6">
        <LinkButton href="/book">{t("find")}</LinkButton>
      </div>
    </div>
  );
}
