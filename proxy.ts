import { NextResponse, type NextRequest } from "next/server";
import { isProtectedPath } from "@/auth.config";

// Auth.js session cookie names (the __Secure- one when cookies are Secure, possibly chunked).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Sends visitors without a session cookie away from protected pages to /sign-in (and back
 * afterwards), and passes the current path on to server components. The session itself is
 * verified by requireUser() against the database; the proxy never re-issues the cookie, so a
 * request racing a sign-out cannot bring the session back.
 */
export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const hasSession = req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  if (isProtectedPath(pathname) && !hasSession) {
    const target = new URL("/sign-in", req.nextUrl.origin);
    target.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(target);
  }
  const headers = new Headers(req.headers);
  headers.set("x-portal-path", `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|api/|brand/|favicon\\.ico).*)"],
};
