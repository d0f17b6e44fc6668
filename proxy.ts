import { type NextRequest, NextResponse } from "next/server";
import { isProtectedPath } from "@/auth.config";
import { isLocale, LANG_PARAM, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { contentSecurityPolicy, newNonce, permissionsPolicy } from "@/lib/security/headers";

// The session cookie's names (the __Secure- one when cookies are Secure).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

function pageCsp(nonce: string) {
  return contentSecurityPolicy({
    nonce,
    // Book Now and the seller links leave through a server action's redirect.
    formTargets: [process.env.IMIN_CHECKOUT_URL],
    // imin's own hosts may serve images over plain http (the local sandbox does).
    imageSources: [process.env.IMIN_BOOKING_API_URL, process.env.IMIN_EVENTS_API_URL, process.env.IMIN_CHECKOUT_URL],
    dev: process.env.NODE_ENV === "development",
  });
}

/**
 * For every page:
 * - a fresh CSP nonce: set on the request (Next.js reads it from there and puts it on its
 *   scripts) and on the response, with the path's Permissions-Policy (geolocation only on /book);
 * - visitors without a session cookie are sent from protected pages to /sign-in (and back
 *   afterwards); the session itself is checked by requireUser() against the database, and this
 *   proxy never issues or refreshes a cookie;
 * - the current path is passed on to server components (`x-portal-path`);
 * - a `?lang=cy|en` twin URL also sets the NEXT_LOCALE cookie (docs/features/languages.md).
 * The headers every response carries (HSTS, nosniff, …) come from next.config.mjs.
 */
export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const nonce = newNonce();
  const csp = pageCsp(nonce);
  const hasSession = req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  let res: NextResponse;
  if (isProtectedPath(pathname) && !hasSession) {
    const target = new URL("/sign-in", req.nextUrl.origin);
    target.searchParams.set("callbackUrl", `${pathname}${search}`);
    res = NextResponse.redirect(target);
  } else {
    const headers = new Headers(req.headers);
    headers.set("x-portal-path", `${pathname}${search}`);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp);
    res = NextResponse.next({ request: { headers } });
  }
  res.headers.set("Content-Security-Policy", csp);
  res.headers.set("Permissions-Policy", permissionsPolicy(pathname));
  const lang = req.nextUrl.searchParams.get(LANG_PARAM);
  if (isLocale(lang) && !req.headers.get("next-router-prefetch")) {
    res.cookies.set(LOCALE_COOKIE, lang, { path: "/", sameSite: "lax", maxAge: 365 * 86_400, secure: req.nextUrl.protocol === "https:" });
  }
  return res;
}

export const config = {
  // Pages only: API routes, built assets and public files get their headers from next.config.mjs.
  matcher: ["/((?!_next/static|_next/image|api/|brand/|icons/|favicon\\.ico|sw\\.js|manifest\\.webmanifest).*)"],
};
