const BASE = "http://portal.invalid";
// A path a browser could read as another host: "//host", "/\host", and their percent-encoded forms.
const SINGLE_SLASH = /^\/(?![/\\])/;
const REFUSED_PATHS = [/^\/api(\/|$)/i, /^\/sign-(in|up)\/?$/i];

/** Control characters (tab, newline…: URL parsers drop them) and raw backslashes are refused outright. */
function hasTrickCharacters(s: string): boolean {
  return [...s].some((c) => c === "\\" || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * A callbackUrl is honoured only as a same-origin path ("/bookings?page=2"): never another host,
 * never a protocol-relative "//evil.example", never a backslash trick. Every check is made on the
 * normalised path that is returned (dot segments resolved: "/.//evil.example" is "//evil.example"),
 * and on its percent-decoded form.
 * The one check for every return path: the sign-in page and action, the sign-in redirect of
 * protected pages, and the OpenID Provider's interaction (which returns through sign-in).
 */
export function safeCallbackPath(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string") return fallback;
  const v = value.trim();
  if (!SINGLE_SLASH.test(v) || hasTrickCharacters(v)) return fallback;
  let url: URL;
  try {
    url = new URL(v, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  const plain = decoded(url.pathname);
  if (plain === undefined || !SINGLE_SLASH.test(url.pathname) || !SINGLE_SLASH.test(plain)) return fallback;
  if (hasTrickCharacters(plain)) return fallback;
  if (REFUSED_PATHS.some((p) => p.test(url.pathname) || p.test(plain))) return fallback;
  // Belt and braces: what a browser makes of the answer stays on the portal.
  if (new URL(path, BASE).origin !== BASE) return fallback;
  return path;
}
