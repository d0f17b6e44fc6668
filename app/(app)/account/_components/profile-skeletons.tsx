import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

// The account page streams its imin-backed sections. Their placeholders take the same rows,
// labels and field boxes as what replaces them, so nothing below moves when the details arrive.

export function ProfileDetailsSkeleton() {
  const t = useTranslations("account");
  const labels = [
    t("details.name"),
    t("details.email"),
    t("details.telephone"),
    t("details.birthDate"),
    t("details.gender"),
    t("details.is13OrOver"),
    t("details.address"),
    t("details.emergencyContact"),
    t("details.accessPass"),
    t("details.entitlement"),
    t("details.reference"),
  ];
  return (
    <SkeletonRegion label={t("profile.loadingDetails")}>
      <div aria-hidden="true">
        {labels.map((label) => (
          <div key={label} className="grid gap-1 border-b border-gray-200 py-3 sm:grid-cols-3">
            <p className="text-sm font-medium text-gray-700">{label}</p>
            <div className="flex h-5 items-center sm:col-span-2">
              <Skeleton className="h-3.5 w-40 max-w-full" />
            </div>
          </div>
        ))}
      </div>
    </SkeletonRegion>
  );
}

/** A field's label and an empty box of the input's size (the input-box's border, padding and text size, so the same height). */
function FieldPlaceholder({ label, hint, className }: { label: string; hint?: string; className?: string }) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <p className="block text-sm font-medium">{label}</p>
      {hint ? <p className="text-xs text-gray-700">{hint}</p> : null}
      <div className="block w-full animate-pulse rounded-md border border-gray-200 bg-gray-100 px-3 py-2 text-sm">&nbsp;</div>
      <div className="text-sm" />
    </div>
  );
}

function FieldsetPlaceholder({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <div className="space-y-4">
      <p className="text-base font-semibold">{legend}</p>
      {children}
    </div>
  );
}

export function ProfileFormSkeleton() {
  const t = useTranslations("account");
  const common = useTranslations("common.emergencyContact");
  return (
    <SkeletonRegion label={t("profile.loading")}>
      <div aria-hidden="true" className="space-y-6">
        <FieldsetPlaceholder legend={t("profile.about")}>
          <div className="grid gap-4 sm:grid-cols-2">
            {[t("profile.givenName"), t("profile.familyName"), t("profile.telephone"), t("profile.birthDate"), t("profile.gender")].map(
              (label) => (
                <FieldPlaceholder key={label} label={label} />
              ),
            )}
          </div>
        </FieldsetPlaceholder>
        <FieldsetPlaceholder legend={t("profile.address")}>
          <FieldPlaceholder label={t("profile.streetAddress")} />
          <div className="grid gap-4 sm:grid-cols-2">
            <FieldPlaceholder label={t("profile.addressLocality")} />
            <FieldPlaceholder label={t("profile.addressRegion")} />
            <FieldPlaceholder label={t("profile.postalCode")} />
            <FieldPlaceholder label={t("profile.addressCountry")} hint={t("profile.countryHint")} />
          </div>
        </FieldsetPlaceholder>
        <FieldsetPlaceholder legend={t("profile.emergency")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <FieldPlaceholder label={common("name")} />
            <FieldPlaceholder label={common("phone")} />
          </div>
        </FieldsetPlaceholder>
        <div className={`${buttonClass("primary")} invisible`}>{t("saveChanges")}</div>
      </div>
    </SkeletonRegion>
  );
}

export function AccessPassSkeleton() {
  const t = useTranslations("account.accessPass");
  return (
    <SkeletonRegion label={t("loading")}>
      <div aria-hidden="true" className="space-y-4">
        <p className="text-sm">
          <span className="invisible">{t("none")}</span> {t("intro")}
        </p>
        <div className="max-w-sm">
          <FieldPlaceholder label={t("field")} hint={t("hint")} />
        </div>
        <div className={`${buttonClass("primary")} invisible`}>{t("submit")}</div>
      </div>
    </SkeletonRegion>
  );
}
