import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { buildOfflinePack } from "@/lib/pwa/offline-pack";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** The signed-in customer's offline pack (passes and the next 7 days of bookings). Never cached by HTTP caches. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to keep your passes offline." }, { status: 401, headers: PRIVATE });
  const pack = await buildOfflinePack(user);
  return NextResponse.json(pack, { headers: PRIVATE });
}
