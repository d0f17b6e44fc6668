import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

interface Venue {
  name?: string;
  address?: string;
  telephone?: string;
  mapUrl?: string;
}

/** The "When and where" facts box of a session or slot page; `children` are its rows. */
export function WhenWhere({ id, children, footer }: { id: string; children: ReactNode; footer?: ReactNode }) {
  const t = useTranslations("book.whenWhere");
  return (
    <section aria-labelledby={id} className="mt-6 rounded-lg border border-gray-300 bg-white p-4">
      <h2 id={id} className="sr-only">
        {t("heading")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">{children}</dl>
      {footer}
    </section>
  );
}

/** The Where row: the venue's name, address, telephone and map link. */
export function WhereRow({ venue }: { venue: Venue }) {
  const t = useTranslations("book.whenWhere");
  return (
    <>
      <dt className="font-medium text-gray-700">{t("where")}</dt>
      <dd>
        {venue.name ? <span className="font-medium">{venue.name}</span> : null}
        {venue.address ? <span className="block">{venue.address}</span> : null}
        {venue.telephone ? <span className="block">{t("telephone", { phone: venue.telephone })}</span> : null}
        {venue.mapUrl ? (
          <a href={venue.mapUrl} className="text-link underline underline-offset-4" target="_blank" rel="noopener noreferrer">
            {venue.name ? t("mapOf", { venue: venue.name }) : t("mapOfVenue")}
          </a>
        ) : null}
      </dd>
    </>
  );
}

/** One fact row: a label and its value. */
export function FactRow({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt className="font-medium text-gray-700">{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}
