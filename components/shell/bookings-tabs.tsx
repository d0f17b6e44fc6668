import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

const TABS = [
  { key: "upcoming", href: "/bookings", label: "upcoming" },
  { key: "past", href: "/orders", label: "past" },
] as const;

/** Bookings holds both: upcoming places (/bookings) and past bookings with their receipts (/orders). */
export function BookingsTabs({ current }: { current: (typeof TABS)[number]["key"] }) {
  const tr = useTranslations("shell.bookingsTabs");
  return (
    <nav aria-label={tr("label")} className="mb-6 border-b border-gray-300">
      <ul className="flex gap-1">
        {TABS.map((t) => (
          <li key={t.key}>
            <Link
              href={t.href}
              aria-current={t.key === current ? "page" : undefined}
              className={cn(
                "-mb-px inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold",
                t.key === current ? "border-brand text-ink" : "border-transparent text-link hover:border-gray-400",
              )}
            >
              {tr(t.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
