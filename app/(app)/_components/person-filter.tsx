import Link from "next/link";
import { useTranslations } from "next-intl";

/** Links that filter a list by person (`?person=me` or a member's id); the current one is marked. */
export function PersonFilter({
  basePath,
  label,
  current,
  members,
}: {
  basePath: string;
  label: string;
  current?: string;
  members: { id: string; givenName: string }[];
}) {
  const t = useTranslations("common.personFilter");
  const options = [
    { key: undefined, text: t("everyone") },
    { key: "me", text: t("you") },
    ...members.map((m) => ({ key: m.id, text: m.givenName })),
  ];
  return (
    <nav aria-label={label} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {options.map((o) => {
          const active = o.key === current;
          return (
            <li key={o.key ?? "all"}>
              <Link
                href={o.key ? `${basePath}?person=${encodeURIComponent(o.key)}` : basePath}
                prefetch={false}
                aria-current={active ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-semibold ${
                  active ? "border-gray-900 bg-gray-900 text-white" : "border-outline text-link hover:bg-black/5"
                }`}
              >
                {o.text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
