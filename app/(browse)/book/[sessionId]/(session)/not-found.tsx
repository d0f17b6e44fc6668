import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/button";

/**
 * A session the organiser cancelled, or one imin no longer lists (it has ended, or never was): the
 * page's notFound(), answered 410 Gone by scripts/gone-status.mjs, with the way back to the timetable.
 */
export default function SessionGone() {
  const t = useTranslations("session.gone");
  return (
    <div className="py-8 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("body")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <LinkButton href="/book">{t("timetable")}</LinkButton>
        <LinkButton href="/book?tab=courts" variant="secondary">
          {t("courts")}
        </LinkButton>
      </div>
    </div>
  );
}
