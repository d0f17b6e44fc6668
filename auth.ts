import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "@/auth.config";
import { getEnv } from "@/lib/env";
import { findActiveUserForSignIn } from "@/lib/auth/credentials";

const credentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

/** Whether the session cookie carries `Secure`: always in production, unless serving plain http on purpose. */
function secureCookies() {
  if (process.env.AUTH_SECURE_COOKIES === "false") return false;
  if (process.env.AUTH_SECURE_COOKIES === "true") return true;
  return process.env.NODE_ENV === "production";
}

// Lazy configuration: the secret and environment are read when a request arrives, not at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: getEnv().AUTH_SECRET,
  useSecureCookies: secureCookies(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const user = await findActiveUserForSignIn(parsed.data.email, parsed.data.password);
        return user ? { id: user.id, email: user.email, name: user.givenName ?? undefined } : null;
      },
    }),
  ],
}));
