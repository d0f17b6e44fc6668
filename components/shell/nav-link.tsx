import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** Each navigation's look: always (`base`), and when the link is not the current page (`idle`). */
const VARIANTS = {
  top: { base: "block rounded-md px-3 py-2 text-sm font-medium", idle: "text-ink hover:bg-black/5" },
  tab: {
    base: "flex min-h-14 flex-col items-center justify-center gap-0.5 text-xs font-semibold focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-outline",
    idle: "text-ink",
  },
};

/** A navigation link that marks the current page (`aria-current`, the brand colours). */
export function NavLink({
  href,
  active,
  variant,
  children,
}: {
  href: string;
  active: boolean;
  variant: keyof typeof VARIANTS;
  children: ReactNode;
}) {
  const { base, idle } = VARIANTS[variant];
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={cn(base, active ? "bg-brand text-on-brand" : idle)}>
      {children}
    </Link>
  );
}
