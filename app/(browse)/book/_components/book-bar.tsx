import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/**
 * The decision on a session or slot page: the customer's price, the cancellation policy beside it,
 * and Book. On a phone it comes last in the page and sticks above the tab bar, so it is on the first
 * screen and stays there while the page scrolls; from md up (no tab bar) it is a panel under the title.
 * Its parent must be a flex column for the order to apply.
 */
export function BookBar({ price, policy, action }: { price: ReactNode; policy?: string; action: ReactNode }) {
  const t = useTranslations("session.bar");
  return (
    <section
      aria-label={t("label")}
      data-testid="book-bar"
      className="order-last mt-6 max-md:sticky max-md:bottom-[calc(3.5rem+1px+env(safe-area-inset-bottom))] max-md:z-30 max-md:-mx-4 max-md:border-t max-md:border-gray-300 max-md:bg-surface max-md:px-4 max-md:py-3 max-md:shadow-[0_-4px_12px_rgba(0,0,0,0.08)] md:order-none md:rounded-lg md:border md:border-gray-300 md:bg-white md:p-4"
    >
      <div className="flex items-center justify-between gap-4">
        <div className="min-w-0">
          <p className="text-lg leading-tight font-bold" data-testid="book-bar-price">
            {price}
          </p>
          {policy ? (
            <p className="mt-0.5 text-sm text-gray-800" data-testid="cancel-policy">
              {policy}
            </p>
          ) : null}
        </div>
        <div className="max-w-[55%] shrink-0">{action}</div>
      </div>
    </section>
  );
}

/** Book as a link to where the choice is made on the page (a ticket, who is coming). */
export function BookLink({ href, label }: { href: `#${string}`; label: string }) {
  const t = useTranslations("session.bar");
  return (
    <a href={href} aria-label={label} className={buttonClass("primary", "min-h-11 px-6 text-base")}>
      {t("book")}
    </a>
  );
}
