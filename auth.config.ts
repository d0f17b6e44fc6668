import type { NextAuthConfig } from "next-auth";

/** Routes a signed-out visitor is sent away from. */
const PROTECTED_PREFIXES = ["/account", "/sellers", "/bookings", "/orders", "/book"];

export function isProtectedPath(pathname: string) {
  return PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** The parts of the Auth.js configuration that need neither the database nor secrets. */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        // Kept across refreshes: compared with the login's sessions_valid_from (sign-out).
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      return Object.assign(session, { signedInAt: typeof token.signedInAt === "number" ? token.signedInAt : 0 });
    },
  },
} satisfies NextAuthConfig;
