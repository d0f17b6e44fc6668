import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** A navigation link that marks the current page (`aria-current`, the brand colours) and is `idle` otherwise. */
export function NavLink({
  href,
  active,
  base,
  idle,
  children,
}: {
  href: string;
  active: boolean;
  base: string;
  idle: string;
  children: ReactNode;
}) {
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={cn(base, active ? "bg-brand text-on-brand" : idle)}>
      {children}
    </Link>
  );
}
