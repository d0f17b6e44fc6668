import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { PackCheck } from "@/components/pass/pack-check";
import { SavedPasses } from "@/components/pass/saved-pack";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { buildOfflinePack, intlLocale, packDigest } from "./data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pass"))("title") };
}

/** The days ahead the offline pack holds (lib/pwa/offline-pack.ts, a week). */
const PACK_DAYS = 7;

const tile =
  "flex min-h-14 items-center justify-between gap-3 rounded-lg border border-gray-300 bg-white p-4 font-semibold text-link hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-outline";

/**
 * Every code the desk may ask for: the access pass per linked seller and this week's bookings.
 * When imin cannot be read, the same passes and codes come from the copy saved on this device.
 */
export default async function PassesPage() {
  const [user, t] = await Promise.all([requireUser(), getTranslations("pass")]);
  const header = <PageHeader title={t("title")} description={t("description")} />;
  const pack = await buildOfflinePack(user, new Date(), intlLocale(await getLocale())).catch(() => null);
  if (!pack) {
    return (
      <>
        {header}
        <SavedPasses ownerId={user.id} />
      </>
    );
  }
  const { passes, bookings } = pack;
  const withCodes = bookings.flatMap((b) => (b.deskHref && b.accessCodes.length > 0 ? [{ ...b, deskHref: b.deskHref }] : []));
  // Two places on one session look alike: once any is someone else's, every row says whose it is.
  const named = withCodes.some((b) => b.attendee);
  return (
    <>
      {header}
      <PackCheck digest={packDigest(pack)} />
      <section aria-labelledby="passes-heading" className="mb-8">
        <h2 id="passes-heading" className="mb-3 text-lg font-bold">
          {t("passes")}
        </h2>
        {passes.length === 0 ? (
          <EmptyState title={t("noPasses.title")} action={<LinkButton href="/sellers">{t("yourMemberships")}</LinkButton>}>
            {t("noPasses.body")}
          </EmptyState>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {passes.map((p) => (
              <li key={p.sellerId}>
                <Link href={`/pass/${encodeURIComponent(p.sellerId)}`} className={tile}>
                  <span>{p.sellerName}</span>
                  <span className="font-mono text-sm text-ink">{p.number}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="codes-heading">
        <h2 id="codes-heading" className="mb-3 text-lg font-bold">
          {t("codes", { days: PACK_DAYS })}
        </h2>
        {withCodes.length === 0 ? (
          <p className="text-sm text-gray-700">{t("noCodes", { days: PACK_DAYS })}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {withCodes.map((b) => (
              <li key={b.id}>
                <Link href={b.deskHref} className={tile}>
                  <span>
                    {b.title}
                    {named ? (
                      <span className="block font-normal text-ink" data-testid="pass-booking-person">
                        {b.attendee ? t("for", { name: b.attendee }) : t("forYou")}
                      </span>
                    ) : null}
                    <span className="block text-sm font-normal text-ink">{b.when}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
