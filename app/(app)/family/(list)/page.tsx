import type { Metadata } from "next";
import { randomBytes } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { intlLocale } from "@/lib/i18n/locales";
import { MemberForm } from "../_components/member-form";
import { MemberList } from "../_components/member-list";
import { getFamily } from "../data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("family"))("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function FamilyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, params, t, locale] = await Promise.all([requireUser(), searchParams, getTranslations("family"), getLocale()]);
  const members = await getFamily(user.id, intlLocale(locale));
  const added = members.find((m) => m.id === one(params.added));
  const saved = members.find((m) => m.id === one(params.saved));

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      {added ? (
        <Alert tone="success" title={t("added", { name: added.name })}>
          {t("addedHint")}
        </Alert>
      ) : null}
      {saved ? <Alert tone="success">{t("saved", { name: saved.name })}</Alert> : null}
      {one(params.removed) ? <Alert tone="success">{t("removed")}</Alert> : null}

      <section aria-labelledby="members-heading" className="space-y-4">
        <h2 id="members-heading" className="text-lg font-semibold">
          {t("yourFamily")}
        </h2>
        {members.length ? (
          <MemberList members={members} />
        ) : (
          <EmptyState title={t("empty.title")}>
            <p>{t("empty.body")}</p>
          </EmptyState>
        )}
      </section>

      <section aria-labelledby="add-heading" className="rounded-lg border border-gray-300 p-5">
        <h2 id="add-heading" className="mb-1 text-lg font-semibold">
          {t("add.heading")}
        </h2>
        <p className="mb-4 text-sm text-gray-700">{t("add.intro")}</p>
        <MemberForm mode="add" nonce={randomBytes(16).toString("base64url")} holderEmail={user.email} />
      </section>
    </div>
  );
}
