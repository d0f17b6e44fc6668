import { getCurrentUser } from "@/lib/auth/current-user";
import { openNotices } from "@/lib/db/queries/notices";
import { processPendingFor, recoverUnprocessed } from "@/lib/notices/process";
import { NoticeList } from "./notice-list";

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
  const rows = await openNotices(user.id).catch(() => []);
  return <NoticeList initial={rows.map(({ id, kind, message }) => ({ id, kind, message }))} />;
}
