/**
 * What a page shows in place of data imin could not give it: the reason in plain words and a link
 * that loads the page again. Server-rendered, so the rest of the page is there already.
 */
export function DataUnavailable({ what, message, retryHref }: { what: string; message: string; retryHref: string }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950">
      <p className="font-semibold">We couldn&apos;t load {what} just now.</p>
      <p className="mt-1">{message}</p>
      <a href={retryHref} className="mt-3 inline-block rounded-md border border-red-700 px-3 py-1.5 font-semibold">
        Try again
      </a>
    </div>
  );
}
