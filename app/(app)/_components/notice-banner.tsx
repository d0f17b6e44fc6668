"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import useSWR from "swr";
import type { NoticeView } from "@/lib/notices/view";

const NONE: NoticeView[] = [];

async function fetchNotices([url]: readonly [string, string]): Promise<NoticeView[]> {
  const response = await fetch(url, { cache: "no-store", headers: { accept: "application/json" } });
  if (response.status === 401) return [];
  if (!response.ok) throw new Error(`notices: ${response.status}`);
  return (await response.json()) as NoticeView[];
}

/**
 * What imin told us changed since the customer last looked (seller disconnected, access pass or
 * details changed at a seller, entitlement removed…). Each notice stays until dismissed. The
 * signed-in layout is not re-rendered on in-app navigations, so the list is re-read from
 * /api/notices whenever the path changes. `initial` null: the frame came from a prefetch, which
 * reads no notices, so the list is read from /api/notices at once.
 */
export function NoticeBanner({
  initial: given,
  dismissAction,
}: {
  initial: NoticeView[] | null;
  dismissAction: (formData: FormData) => Promise<void>;
}) {
  const pathname = usePathname();
  const t = useTranslations("shell.notices");
  const initial = given ?? NONE;
  // The server rendered the list for the first page: no second request for it, and nothing moves
  // after the first paint. From the first in-app navigation on, each page re-reads it.
  const firstPath = useRef(pathname);
  const navigated = useRef(false);
  if (pathname !== firstPath.current || given === null) navigated.current = true;
  const { data, mutate } = useSWR(navigated.current ? (["/api/notices", pathname] as const) : null, fetchNotices, {
    fallbackData: initial,
    keepPreviousData: true,
    revalidateOnFocus: false,
  });

  // The server sends a different list after a dismissal (the layout is re-rendered): take it.
  const initialKey = given ? given.map((n) => n.id).join(",") : "";
  const seenKey = useRef(initialKey);
  useEffect(() => {
    if (seenKey.current === initialKey) return;
    seenKey.current = initialKey;
    if (navigated.current) void mutate(initial, { revalidate: false });
  }, [initialKey, initial, mutate]);

  // Before any navigation the server's list is the truth (a dismissal re-renders the layout with a new one).
  const notices = navigated.current ? (data ?? initial) : initial;
  if (!notices.length) return null;
  return (
    <section aria-labelledby="notices-heading" className="mb-6 rounded-md border border-notice-line bg-notice px-4 py-3 text-on-notice">
      <h2 id="notices-heading" className="text-sm font-semibold">
        {t("heading", { count: notices.length })}
      </h2>
      <ul className="mt-2 space-y-2">
        {notices.map((notice) => (
          <li key={notice.id} data-notice-kind={notice.kind} className="flex items-start justify-between gap-4 text-sm">
            <p>{notice.message}</p>
            <form action={dismissAction}>
              <input type="hidden" name="noticeId" value={notice.id} />
              <button
                type="submit"
                className="shrink-0 rounded px-2 py-1 text-sm font-semibold text-on-notice underline underline-offset-2 hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-outline"
                aria-label={t("dismissNamed", { message: notice.message })}
              >
                {t("dismiss")}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
