import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FamilyMemberView } from "../data";

const LINK = "inline-flex min-h-11 items-center rounded-md border border-outline px-4 text-sm font-semibold text-link";

export function MemberList({ members }: { members: FamilyMemberView[] }) {
  const t = useTranslations("family.list");
  return (
    <ul className="divide-y divide-gray-200 rounded-lg border border-gray-300" aria-label={t("label")}>
      {members.map((m) => (
        <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 p-4" data-testid="family-member">
          <div>
            <p className="font-semibold">{m.name}</p>
            <p className="text-sm text-gray-700">
              {m.age === undefined ? t("ageUnknown") : t("age", { age: m.age })}
              {m.birthDateText ? <> · {t("born", { date: m.birthDateText })}</> : null}
              {m.age !== undefined && m.age < 13 ? <> · {t("under13")}</> : null}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Link href={`/family/${m.id}`} prefetch={false} className={LINK} aria-label={t("editNamed", { name: m.name })}>
              {t("edit")}
            </Link>
            <Link href={`/family/${m.id}/remove`} prefetch={false} className={LINK} aria-label={t("removeNamed", { name: m.name })}>
              {t("remove")}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
