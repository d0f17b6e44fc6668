import "server-only";
import { createPendingUser, replaceUnverifiedSignUp } from "@/lib/accounts/create-store";
import { getUserByEmail, normalizeEmail } from "@/lib/accounts/store";
import type { User } from "@/lib/db/schema";
import type { CustomerDetails } from "@/lib/imin/customers";
import { VERIFY_EMAIL_LINK_HOURS } from "@/lib/mail/lifetimes";
import { hashPassword } from "../auth/password";
import { beginSignUp } from "../auth/rate-limit";

/** What to mail after a sign-up; the caller sends it after answering, so timing tells nothing. */
export type SignUpFollowUp =
  /** A new or re-submitted unconfirmed sign-up: a (new) verification link, within the resend limits. */
  | { mail: "verify"; user: User }
  /** The address already has a confirmed login: its owner is told someone tried. */
  | { mail: "already-registered"; user: User }
  /** A repeat of the same form (double submit): nothing more to send. */
  | { mail: "none" };

/** Too many sign-ups from this client address in the last hour: nothing was looked at or stored. */
export type SignUpRefused = { refused: "client" };

/**
 * Registers a login as pending: nothing reaches imin and nobody is signed in until the address is
 * confirmed. Every outcome looks the same to the person submitting (no account-existence oracle);
 * the password is hashed on every accepted path so the answer takes as long. The sign-up limits
 * (lib/auth/rate-limit.ts `beginSignUp`) come first, so a refused submit costs no hash: one over
 * the client address's limit is told so, one over the email's is answered like any other.
 */
export async function signUp(
  input: {
    details: CustomerDetails & { email: string; givenName: string };
    password: string;
    /** The form's one-time token: the same token twice is one sign-up. */
    nonce: string;
    /** The client address (lib/auth/client-ip.ts). */
    ip: string;
    /**
     * The hash of this answer's browser cookie (lib/accounts/sign-up-browser.ts): stored only when
     * this sign-up is the one whose password the login holds (a new one, or one replacing an
     * expired one), never for a double submit, a confirmed address or a sign-up held by an earlier one.
     */
    browser?: { hash: string; expiresAt: Date };
  },
  now = new Date(),
): Promise<SignUpFollowUp | SignUpRefused> {
  const allowance = await beginSignUp(normalizeEmail(input.details.email), input.ip, now);
  if (!allowance.ok) return allowance.by === "ip" ? { refused: "client" } : { mail: "none" };
  const passwordHash = await hashPassword(input.password);
  const existing = await getUserByEmail(input.details.email);
  if (!existing) {
    const user = await createPendingUser({
      email: input.details.email,
      passwordHash,
      givenName: input.details.givenName,
      customerPayload: input.details,
      signUpNonce: input.nonce,
      browser: input.browser,
    });
    if (user) return { mail: "verify", user };
    // Lost a race for the address: answer as for an existing login.
    const winner = await getUserByEmail(input.details.email);
    if (!winner) return { mail: "none" };
    return followUpForExisting(winner, input, passwordHash, now);
  }
  return followUpForExisting(existing, input, passwordHash, now);
}

async function followUpForExisting(
  user: User,
  input: { details: CustomerDetails & { givenName: string }; nonce: string; browser?: { hash: string; expiresAt: Date } },
  passwordHash: string,
  now: Date,
): Promise<SignUpFollowUp> {
  if (user.signUpNonce && user.signUpNonce === input.nonce) return { mail: "none" };
  if (user.emailVerifiedAt) return { mail: "already-registered", user };
  // An unconfirmed sign-up keeps its password and details for as long as its first link works: a
  // second one (a stranger's, or the owner's again) only has the link mailed again. Its owner,
  // having forgotten that password, resets it (the reset link proves the mailbox).
  await replaceUnverifiedSignUp(
    user.id,
    {
      passwordHash,
      givenName: input.details.givenName,
      customerPayload: input.details,
      signUpNonce: input.nonce,
      browser: input.browser,
    },
    new Date(now.getTime() - VERIFY_EMAIL_LINK_HOURS * 3_600_000),
  );
  return { mail: "verify", user };
}
