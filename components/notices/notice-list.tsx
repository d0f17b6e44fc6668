"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { dismissNoticeAction, openNoticesAction, type NoticeView } from "./actions";

/**
 * The notices, kept current across in-app navigations (the signed-in layout is not re-rendered on
 * those, so the list is re-read whenever the path changes).
 */
export function NoticeList({ initial }: { initial: NoticeView[] }) {
  const pathname = usePathname();
  const [notices, setNotices] = useState(initial);
  const firstPath = useRef(pathname);
  const initialKey = initial.map((n) => n.id).join(",");

  useEffect(() => {
    setNotices(initial);
    // Only when the server sends a different list (after a dismissal or a full load).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialKey]);

  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    let live = true;
    openNoticesAction()
      .then((fresh) => {
        if (live) setNotices(fresh);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pathname]);

  if (!notices.length) return null;
  return (
    <section
      aria-labelledby="notices-heading"
      className="mb-6 rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sky-950"
    >
      <h2 id="notices-heading" className="text-sm font-semibold">
        {notices.length === 1 ? "An update from your sellers" : "Updates from your sellers"}
      </h2>
      <ul className="mt-2 space-y-2">
        {notices.map((notice) => (
          <li key={notice.id} data-notice-kind={notice.kind} className="flex items-start justify-between gap-4 text-sm">
            <p>{notice.message}</p>
            <form action={dismissNoticeAction}>
              <input type="hidden" name="noticeId" value={notice.id} />
              <button
                type="submit"
                className="shrink-0 rounded px-2 py-1 text-sm font-semibold text-sky-950 underline underline-offset-2 hover:bg-sky-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-900"
                aria-label={`Dismiss: ${notice.message}`}
              >
                Dismiss
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
