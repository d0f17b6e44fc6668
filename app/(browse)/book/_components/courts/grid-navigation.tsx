"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";

/**
 * Follows the grid cells' plain links (`td a`) inside the app, as next/link would without
 * prefetching, with one listener for every grid instead of a client component per cell. Before
 * hydration, and on a modified click (new tab or window), a cell works as any link does.
 */
export function GridNavigation({ className, children }: { className?: string; children: ReactNode }) {
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const follow = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("td a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || !box.contains(link) || link.target || link.hasAttribute("download")) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin) return;
      event.preventDefault();
      router.push(url.pathname + url.search + url.hash);
    };
    box.addEventListener("click", follow);
    return () => box.removeEventListener("click", follow);
  }, [router]);
  return (
    <div ref={ref} className={className}>
      {children}
    </div>
  );
}
