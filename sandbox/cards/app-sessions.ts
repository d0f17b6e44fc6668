import { randomBytes, timingSafeEqual } from "node:crypto";

/** A sign-in in progress: what the callback must see again (RFC 9700: state, nonce, PKCE verifier). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Whether this was the silent (`prompt=none`) attempt or the one after "Sign in at …". */
  silent: boolean;
  expiresAt: number;
}

/** The app's own sign-in, made from a validated ID token (and the UserInfo answer). */
export interface CardsSession {
  sub: string;
  givenName?: string;
  familyName?: string;
  email?: string;
  /** Sent back with every card form; a cross-site form cannot know it. */
  csrfToken: string;
  expiresAt: number;
  /** A message for the next page shown (after a form's redirect), then cleared. */
  flash?: string;
}

const PENDING_MS = 10 * 60_000;
const SESSION_MS = 3 * 60 * 60_000;
/** Bounds on what a stranger can make the sandbox hold (each entry is a few hundred bytes). */
const MAX_PENDING = 10_000;
const MAX_SESSIONS = 10_000;

const newId = () => randomBytes(24).toString("base64url");

function sweep<T extends { expiresAt: number }>(map: Map<string, T>, max: number, now: number) {
  for (const [id, entry] of map) if (entry.expiresAt <= now) map.delete(id);
  // Oldest first (Maps keep insertion order).
  while (map.size >= max) map.delete(map.keys().next().value as string);
}

/** In memory, per sandbox process; the cookies carry only random ids. */
export function createCardsSessions(now: () => number = Date.now) {
  const pending = new Map<string, PendingSignIn>();
  const sessions = new Map<string, CardsSession>();
  return {
    pendingMaxAgeSeconds: PENDING_MS / 1000,
    sessionMaxAgeSeconds: SESSION_MS / 1000,

    startPending(entry: Omit<PendingSignIn, "expiresAt">): string {
      sweep(pending, MAX_PENDING, now());
      const id = newId();
      pending.set(id, { ...entry, expiresAt: now() + PENDING_MS });
      return id;
    },
    /** Single use: the entry is gone after this, whatever the callback's outcome. */
    takePending(id: string | undefined): PendingSignIn | undefined {
      if (!id) return undefined;
      const entry = pending.get(id);
      pending.delete(id);
      return entry && entry.expiresAt > now() ? entry : undefined;
    },

    create(claims: Omit<CardsSession, "csrfToken" | "expiresAt">): string {
      sweep(sessions, MAX_SESSIONS, now());
      const id = newId();
      sessions.set(id, { ...claims, csrfToken: newId(), expiresAt: now() + SESSION_MS });
      return id;
    },
    get(id: string | undefined): CardsSession | undefined {
      if (!id) return undefined;
      const session = sessions.get(id);
      if (session && session.expiresAt > now()) return session;
      sessions.delete(id);
      return undefined;
    },
    end(id: string | undefined): void {
      if (id) sessions.delete(id);
    },
  };
}

export function csrfMatches(session: CardsSession, submitted: unknown): boolean {
  if (typeof submitted !== "string") return false;
  const a = Buffer.from(session.csrfToken);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}
