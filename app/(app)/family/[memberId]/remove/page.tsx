import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format";
import { intlLocale } from "@/lib/i18n/locales";
import { orIminMessage, pendingBookingsOf, requireMemberPage } from "../../data";
import { RemoveMemberForm } from "../../_components/remove-member-form";
import { BackToFamily } from "../../_components/back-to-family";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("family.remove"))("title") };
}

export default async function RemoveMemberPage({ params }: { params: Promise<{ memberId: string }> }) {
  const { user, member, name } = await requireMemberPage(params);
  const { value: pending, message: loadError } = await orIminMessage(pendingBookingsOf(user.iminCustomerId, member));
  const [t, locale] = await Promise.all([getTranslations("family.remove"), getLocale()]);

  return (
    <div className="space-y-6">
      <BackToFamily />
      <PageHeader title={t("heading", { name })} />
      {pending === undefined ? (
        <Alert tone="error" title={t("cannotCheckTitle")}>
          {t("cannotCheck", { reason: loadError ?? "" })}
        </Alert>
      ) : pending.length ? (
        <div className="space-y-4" data-testid="remove-refused">
          <Alert tone="warning" title={t("hasBookingsTitle", { name: member.givenName, count: pending.length })}>
            <p>{t("hasBookings", { count: pending.length })}</p>
          </Alert>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {pending.map((b) => (
              <li key={b.id}>
                {b.title}, {formatDateTime(b.startDate, b.timeZone, intlLocale(locale))}
              </li>
            ))}
          </ul>
          <LinkButton href={`/bookings?person=${member.id}`} className="min-h-11">
            {t("seeBookings", { name: member.givenName })}
          </LinkButton>
        </div>
      ) : (
        <div className="space-y-4">
          <p className="text-sm">{t("none", { name: member.givenName })}</p>
          <RemoveMemberForm memberId={member.id} name={member.givenName} />
        </div>
      )}
    </div>
  );
}
