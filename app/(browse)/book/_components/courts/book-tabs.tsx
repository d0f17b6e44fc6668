import Link from "next/link";
import { useTranslations } from "next-intl";

/** The two kinds of booking on /book. Links (not ARIA tabs): each tab is its own URL, so back and sharing work. */
export function BookTabs({ current, classesHref, courtsHref }: { current: "classes" | "courts"; classesHref: string; courtsHref: string }) {
  const t = useTranslations("book.tabs");
  const tab = (id: "classes" | "courts", href: string, label: string) => (
    <li>
      <Link
        href={href}
        aria-current={current === id ? "page" : undefined}
        className={
          current === id
            ? "inline-flex min-h-11 items-center border-b-4 border-outline px-4 font-semibold text-gray-900"
            : "inline-flex min-h-11 items-center border-b-4 border-transparent px-4 font-medium text-link underline-offset-4 hover:underline"
        }
      >
        {label}
      </Link>
    </li>
  );
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-gray-300">
      <ul className="-mb-px flex flex-wrap gap-2">
        {tab("classes", classesHref, t("classes"))}
        {tab("courts", courtsHref, t("courts"))}
      </ul>
    </nav>
  );
}
