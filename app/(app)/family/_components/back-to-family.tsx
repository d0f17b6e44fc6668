import Link from "next/link";
import { useTranslations } from "next-intl";

/** The way back to /family from a member's own page. */
export function BackToFamily() {
  const t = useTranslations("family");
  return (
    <p>
      <Link href="/family" className="inline-flex min-h-11 items-center text-link underline underline-offset-2">
        {t("back")}
      </Link>
    </p>
  );
}
