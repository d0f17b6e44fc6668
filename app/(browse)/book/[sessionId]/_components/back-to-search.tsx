import Link from "next/link";
import { useTranslations } from "next-intl";

const ORIGIN = "http://portal.invalid";

/**
 * Where "Back to search" goes: the search the customer came from when the timetable passed it
 * (`?from=/book?…`), else /book. Only a /book path with a query is honoured; anything else (another
 * path, another origin, a scheme) is ignored, so the link can't be pointed elsewhere.
 */
export function searchHref(from: string | string[] | undefined): string {
  if (typeof from !== "string" || from.length > 2000 || !from.startsWith("/book?")) return "/book";
  try {
    const url = new URL(from, ORIGIN);
    if (url.origin !== ORIGIN || url.pathname !== "/book" || url.search.length < 2) return "/book";
    return `/book${url.search}`;
  } catch {
    return "/book";
  }
}

export function BackToSearch({ from }: { from?: string | string[] }) {
  const t = useTranslations("session");
  return (
    <p className="mb-2 text-sm">
      <Link href={searchHref(from)} className="inline-flex min-h-11 items-center text-link underline underline-offset-4">
        {t("back")}
      </Link>
    </p>
  );
}
