import { NextResponse, type NextRequest } from "next/server";
import { isProtectedPath } from "@/auth.config";
import { auth } from "@/auth";

/**
 * Sends signed-out visitors of protected pages to /sign-in (and back afterwards), and passes the
 * current path on to server components (requireUser uses it for the same round trip).
 */
const guarded = auth((req) => {
  const { pathname, search } = req.nextUrl;
  if (isProtectedPath(pathname) && !req.auth?.user) {
    const target = new URL("/sign-in", req.nextUrl.origin);
    target.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(target);
  }
  const headers = new Headers(req.headers);
  headers.set("x-portal-path", `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}) as unknown as Promise<(req: NextRequest, event: unknown) => Promise<Response>>;

// With a lazily configured Auth.js, `auth(handler)` resolves to the wrapped handler.
export async function proxy(req: NextRequest, event: unknown) {
  return (await guarded)(req, event);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|api/|brand/|favicon\\.ico).*)"],
};
