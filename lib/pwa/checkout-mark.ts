import "server-only";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";
import { CHECKOUT_MARK_COOKIE } from "./pack-freshness";

/**
 * Called by a Book action just before it sends the browser to imin's checkout: the next signed-in
 * page load remakes the offline pack (see pack-freshness.ts). Readable by the page's script (it
 * holds no secret, only "1"), a day at most.
 */
export async function markCheckoutStarted(): Promise<void> {
  (await cookies()).set(CHECKOUT_MARK_COOKIE, "1", {
    path: "/",
    sameSite: "lax",
    secure: getEnv().AUTH_SECURE_COOKIES,
    maxAge: 24 * 60 * 60,
  });
}
