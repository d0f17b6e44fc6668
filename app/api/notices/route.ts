import { getCurrentUser } from "@/lib/auth/current-user";
import { listOpen, processWaiting } from "@/lib/notices";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

/**
 * The signed-in person's open notices (JSON), for the banner after an in-app navigation. Waiting
 * notifications are handled first, so a change imin reported is shown on the next page.
 */
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthorized", message: "Please sign in again." }, { status: 401, headers: NO_STORE });
  await processWaiting(user);
  return Response.json(await listOpen(user), { headers: NO_STORE });
}
