import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "@/auth.config";
import { getEnv } from "@/lib/env";
import { findActiveUserForSignIn } from "@/lib/auth/credentials";

const credentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

// Lazy configuration: the secret and environment are read when a request arrives, not at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: getEnv().AUTH_SECRET,
  // Always Secure in production, unless serving plain http on purpose (AUTH_SECURE_COOKIES=false).
  useSecureCookies: getEnv().AUTH_SECURE_COOKIES,
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
