"use client";

import { useTranslations } from "next-intl";

type Retry = { reset: () => void; retryHref?: never } | { retryHref: string; reset?: never };

/**
 * What a page shows in place of data imin could not give it: what failed, in plain words, and a
 * retry. In a route's error boundary the retry is `reset`; on a server-rendered page, where the rest
 * of the page is there already, it is a link (`retryHref`) that loads the page again.
 */
export function LoadError({ what, message, ...retry }: { what: string; message?: string } & Retry) {
  const t = useTranslations("common.loadError");
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950">
      <p className="font-semibold">{t("title", { what })}</p>
      <p className="mt-1">{message ?? t("busy")}</p>
      {retry.reset ? (
        <button type="button" onClick={retry.reset} className="mt-3 rounded-md border border-red-700 px-3 py-1.5 font-semibold">
          {t("tryAgain")}
        </button>
      ) : (
        <a href={retry.retryHref} className="mt-3 inline-block rounded-md border border-red-700 px-3 py-1.5 font-semibold">
          {t("tryAgain")}
        </a>
      )}
    </div>
  );
}
