import { getCurrentUser } from "@/lib/auth/current-user";
import { openNotices } from "@/lib/db/queries/notices";
import { processPendingFor, recoverUnprocessed } from "@/lib/notices/process";
import { dismissNoticeAction } from "./actions";

/**
 * What imin told us changed since the customer last looked (seller disconnected, access pass or
 * details changed at a seller, entitlement removed…). Each notice stays until dismissed.
 */
export async function NoticeBanner() {
  const user = await getCurrentUser();
  if (!user) return null;
  try {
    // A notification still waiting (e.g. received just before a restart) is handled first.
    await processPendingFor(user.id, user.iminCustomerId);
    void recoverUnprocessed();
  } catch {
    // Notices are a courtesy: a failure here must never break the page.
  }
  const notices = await openNotices(user.id).catch(() => []);
  if (!notices.length) return null;
  return (
    <section aria-labelledby="notices-heading" className="mb-6 rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sky-950">
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
