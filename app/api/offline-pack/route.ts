import { type NextRequest, NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { intlLocale } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request-locale";
import { buildOfflinePack } from "@/lib/pwa/offline-pack";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * The signed-in customer's offline pack (passes and the next 7 days of bookings). Never cached by
 * HTTP caches. `?owner=1` only says who is signed in (the browser's check that the pack it holds is
 * still this session's; no imin call). Every answer for a signed-in customer names their user id,
 * a failed one too, so a device never keeps another customer's pack.
 */
export async function GET(req: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to keep your passes offline." }, { status: 401, headers: PRIVATE });
  if (req.nextUrl.searchParams.has("owner")) return NextResponse.json({ userId: user.id }, { headers: PRIVATE });
  try {
    return NextResponse.json(await buildOfflinePack(user, new Date(), intlLocale(await requestLocale())), { headers: PRIVATE });
  } catch (e) {
    console.error(`offline pack not built: ${e instanceof Error ? e.name : "error"}`);
    return NextResponse.json({ error: "Your passes could not be saved just now.", userId: user.id }, { status: 503, headers: PRIVATE });
  }
}
