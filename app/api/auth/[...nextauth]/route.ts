import { type NextRequest, NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { sessionCookieName } from "@/lib/auth/sessions";

/**
 * Auth.js's endpoints, closed. Only `GET /api/auth/session` answers (what a client library would
 * ask): the signed-in person and when the session ends, read from the session table and never
 * re-issued, so nothing slides; `null` for a missing, expired, idle or revoked session (and its
 * cookie is removed). The credentials callback, sign-in, sign-out, CSRF and provider routes
 * answer 404: sign-in is the /sign-in form (lib/auth/verify-login.ts holds its limits) and sign-out
 * the portal's own form.
 */
type Context = { params: Promise<{ nextauth: string[] }> };

const notFound = () => NextResponse.json({ error: "Not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(req: NextRequest, { params }: Context) {
  const path = (await params).nextauth.join("/");
  if (path !== "session") return notFound();
  const user = await getCurrentUser();
  const res = NextResponse.json(
    user ? { user: { name: user.givenName ?? null, email: user.email }, expires: user.sessionExpiresAt.toISOString() } : null,
    { headers: { "Cache-Control": "no-store" } },
  );
  if (!user && req.cookies.has(sessionCookieName())) {
    res.cookies.set(sessionCookieName(), "", {
      httpOnly: true,
      sameSite: "lax",
      secure: sessionCookieName().startsWith("__Secure-"),
      path: "/",
      maxAge: 0,
    });
  }
  return res;
}

export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
