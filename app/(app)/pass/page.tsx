import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { SavedPasses } from "@/components/pass/saved-pack";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { buildOfflinePack } from "./data";

export const metadata: Metadata = { title: "Show at the desk" };

const tile =
  "flex min-h-14 items-center justify-between gap-3 rounded-lg border border-gray-300 bg-white p-4 font-semibold text-link hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-outline";

const header = (
  <PageHeader
    title="Show at the desk"
    description="Open a pass or code full screen for the desk or door scanner. They also open offline."
  />
);

/**
 * Every code the desk may ask for: the access pass per linked seller and this week's bookings.
 * When imin cannot be read, the same passes and codes come from the copy saved on this device.
 */
export default async function PassesPage() {
  const user = await requireUser();
  const pack = await buildOfflinePack(user).catch(() => null);
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
      <section aria-labelledby="passes-heading" className="mb-8">
        <h2 id="passes-heading" className="mb-3 text-lg font-bold">
          Access passes
        </h2>
        {passes.length === 0 ? (
          <EmptyState title="No access passes yet" action={<LinkButton href="/sellers">Your memberships</LinkButton>}>
            A seller's access pass appears here once your account with them is linked.
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
          Booking access codes (next 7 days)
        </h2>
        {withCodes.length === 0 ? (
          <p className="text-sm text-gray-700">None of your bookings in the next 7 days has an access code.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {withCodes.map((b) => (
              <li key={b.id}>
                <Link href={b.deskHref} className={tile}>
                  <span>
                    {b.title}
                    {named ? (
                      <span className="block font-normal text-ink" data-testid="pass-booking-person">
                        For {b.attendee ?? "you"}
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
