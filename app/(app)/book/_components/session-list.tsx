import Link from "next/link";
import type { SearchResults } from "@/lib/book/search-state";
import { formatDateTimeRange, formatPrice } from "@/lib/format";

/** One page of search results, each session linking to its booking page (dimmed while updating). */
export function SessionList({ results, isValidating }: { results?: SearchResults; isValidating: boolean }) {
  return (
    <>
      {results && results.items.length === 0 ? (
        <p className="rounded-md border border-dashed border-gray-400 p-6 text-sm">
          No sessions match. Try a wider distance, other dates or fewer filters.
        </p>
      ) : null}
      <ul className={`space-y-3 ${isValidating ? "opacity-60" : ""}`} data-testid="search-results">
        {results?.items.map((s) => (
          <li key={`${s.sessionId}`} className="rounded-lg border border-gray-300 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="text-base font-semibold">
                {/* No prefetch: a page of 50 results would prefetch 50 session pages. */}
                <Link href={`/book/${encodeURIComponent(s.sessionId)}`} prefetch={false} className="text-link underline underline-offset-4">
                  {s.name}
                </Link>
              </h3>
              {s.bookable ? (
                <span className="rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-semibold text-green-900">Bookable</span>
              ) : (
                <span className="rounded-full bg-gray-100 px-2.5 py-0.5 text-xs font-semibold text-gray-900">{s.reason}</span>
              )}
            </div>
            <p className="text-sm text-gray-800">{s.activity}</p>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-gray-700">When</dt>
              <dd>{formatDateTimeRange(s.startDate, s.endDate)}</dd>
              <dt className="text-gray-700">Where</dt>
              <dd>
                {s.venue}
                {s.locality ? `, ${s.locality}` : ""}
                {s.distanceKm !== undefined ? ` · ${formatKm(s.distanceKm)} away` : ""}
              </dd>
              <dt className="text-gray-700">Price</dt>
              <dd>
                {s.entitlementPrice !== undefined ? (
                  <strong className="font-semibold" data-testid="entitlement-price">
                    Your price {formatPrice(s.entitlementPrice, s.currency)}
                    {s.entitlementIndicative ? " (indicative)" : ""}
                    {" · "}
                  </strong>
                ) : null}
                {describePrices(s.adultPrice, s.juniorPrice, s.currency)}
              </dd>
              {s.remaining !== undefined ? (
                <>
                  <dt className="text-gray-700">Spaces</dt>
                  <dd>{s.remaining === 0 ? "None left" : `${s.remaining} left`}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}

function formatKm(km: number): string {
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

function describePrices(adult: number | undefined, junior: number | undefined, currency: string): string {
  const parts: string[] = [];
  if (adult !== undefined) parts.push(`Adult ${formatPrice(adult, currency)}`);
  if (junior !== undefined) parts.push(`Junior ${formatPrice(junior, currency)}`);
  return parts.length ? parts.join(" · ") : "See session for prices";
}
