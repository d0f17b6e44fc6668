import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatCalendarDate, formatDate, formatGender, joinPresent } from "@/lib/format";
import type { CustomerProfile } from "@/lib/imin/customers";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";

function Row({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-gray-200 py-3 sm:grid-cols-3">
      <dt className="text-sm font-medium text-gray-700">{label}</dt>
      <dd className="text-sm sm:col-span-2" data-testid={`profile-${testId}`}>
        {children}
      </dd>
    </div>
  );
}

const NotGiven = ({ children }: { children: ReactNode }) => <span className="italic text-gray-700">{children}</span>;

/** Everything Get Customer Account returns, with empty states for what imin left out. */
export function ProfileDetails({ profile }: { profile: CustomerProfile }) {
  const t = useTranslations("account.details");
  const locale = useIntlLocale();
  const notGiven = <NotGiven>{t("notGiven")}</NotGiven>;
  const d = profile.details;
  const name = joinPresent([d.givenName, d.familyName], " ") || d.name;
  const address = joinPresent([
    d.address?.streetAddress,
    d.address?.addressLocality,
    d.address?.addressRegion,
    d.address?.postalCode,
    d.address?.addressCountry,
  ]);
  const emergency = joinPresent([d.emergencyContact?.name, d.emergencyContact?.telephone], " · ");
  const expires = profile.entitlement?.expires;
  return (
    <dl data-testid="profile-details">
      <Row label={t("name")} testId="name">
        {name || notGiven}
      </Row>
      <Row label={t("email")} testId="email">
        {d.email || notGiven}
      </Row>
      <Row label={t("telephone")} testId="telephone">
        {d.telephone || notGiven}
      </Row>
      <Row label={t("birthDate")} testId="birthDate">
        {d.birthDate ? formatCalendarDate(d.birthDate, locale) : notGiven}
      </Row>
      <Row label={t("gender")} testId="gender">
        {d.gender ? formatGender(d.gender, locale) : notGiven}
      </Row>
      <Row label={t("is13OrOver")} testId="is13OrOver">
        {d.is13OrOver === undefined ? notGiven : d.is13OrOver ? t("yes") : t("no")}
      </Row>
      <Row label={t("address")} testId="address">
        {address || notGiven}
      </Row>
      <Row label={t("emergencyContact")} testId="emergencyContact">
        {emergency || notGiven}
      </Row>
      <Row label={t("accessPass")} testId="accessPass">
        {profile.accessPass ? <span className="font-mono">{profile.accessPass}</span> : <NotGiven>{t("noAccessPass")}</NotGiven>}
      </Row>
      <Row label={t("entitlement")} testId="entitlement">
        {profile.entitlement ? (
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="info">{profile.entitlement.label ?? t("entitlement")}</Badge>
            {expires ? (
              <span>
                {new Date(expires).getTime() < Date.now()
                  ? t("expired", { date: formatDate(expires, undefined, locale) })
                  : t("expires", { date: formatDate(expires, undefined, locale) })}
              </span>
            ) : (
              <span>{t("noExpiry")}</span>
            )}
          </span>
        ) : (
          <NotGiven>{t("noEntitlement")}</NotGiven>
        )}
      </Row>
      <Row label={t("reference")} testId="reference">
        <span className="font-mono">{profile.identifier}</span>
      </Row>
    </dl>
  );
}
