import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ageRangeText, type Words } from "@/lib/book/offer-words";

interface OfferCardProps {
  offer: { name: string; ageMin?: number; ageMax?: number; membershipRequired?: boolean };
  /** The price line(s) under the ticket's rules. */
  price: ReactNode;
  /** The offer's cancellation policy, when the item can be booked. */
  policy?: string;
  /** Book Now (or nothing, when booking happens elsewhere on the page); ignored when `unbookable` is set. */
  action?: ReactNode;
  /** Why this ticket can't be booked, with a link to /sellers when linking an account would help. */
  unbookable?: { reason: string; linkSellers?: boolean };
  testId: string;
}

/** One ticket (a session's offer) or price (a slot's offer): its rules, price and Book Now or why not. */
export function OfferCard({ offer, price, policy, action, unbookable, testId }: OfferCardProps) {
  const t = useTranslations() as unknown as Words;
  return (
    <li className="rounded-lg border border-gray-300 bg-white p-4" data-testid={testId}>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h3 className="font-semibold">{offer.name}</h3>
          <p className="text-sm text-gray-800">
            {ageRangeText(t, offer.ageMin, offer.ageMax)} ·{" "}
            {offer.membershipRequired ? t("session.offers.membersOnly") : t("session.offers.noMembership")}
          </p>
          {price}
          {policy ? (
            <p className="text-sm text-gray-800" data-testid="offer-cancel-policy">
              {policy}
            </p>
          ) : null}
        </div>
        <div className="min-w-48">
          {unbookable ? (
            <p className="text-sm text-gray-800" data-testid="unbookable-reason">
              {unbookable.reason}{" "}
              {unbookable.linkSellers ? (
                <Link href="/sellers" className="text-link underline underline-offset-4">
                  {t("session.offers.linkAccounts")}
                </Link>
              ) : null}
            </p>
          ) : (
            action
          )}
        </div>
      </div>
    </li>
  );
}
