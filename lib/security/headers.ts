/**
 * Security headers. Pages get a per-response nonce CSP and a path-dependent Permissions-Policy
 * from proxy.ts; every response (pages, API routes, static files) gets the fixed headers from
 * next.config.mjs (`STATIC_SECURITY_HEADERS` is the same list; tests/unit/security-headers.test.ts
 * keeps them in step). Plain functions: no Next.js, no environment.
 */

/** Paths whose pages may ask for the browser's location (the /book search). */
const GEOLOCATION_PREFIXES = ["/book"];
/** Paths whose pages may create and use passkeys (the staff console's second factor). */
const PASSKEY_PREFIXES = ["/staff"];
const PASSKEY_FEATURES = new Set(["publickey-credentials-get", "publickey-credentials-create"]);

const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "publickey-credentials-create",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
  "browsing-topics",
];

const under = (pathname: string, prefixes: string[]) => prefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));

export function permissionsPolicy(pathname: string): string {
  const geolocation = under(pathname, GEOLOCATION_PREFIXES) ? "(self)" : "()";
  const passkeys = under(pathname, PASSKEY_PREFIXES);
  return [
    `geolocation=${geolocation}`,
    ...DENIED_FEATURES.map((f) => `${f}=${passkeys && PASSKEY_FEATURES.has(f) ? "(self)" : "()"}`),
  ].join(", ");
}

/** The policy for responses that are not pages (API routes, files). */
export const DEFAULT_PERMISSIONS_POLICY = permissionsPolicy("/");

/** 128 random bits, base64: a fresh one for every page response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** An http(s) URL's origin, or undefined. */
function originOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url) || !URL.canParse(url)) return undefined;
  return new URL(url).origin;
}

export interface CspOptions {
  nonce: string;
  /** Where forms may post or redirect to besides this origin (imin's checkout). */
  formTargets?: (string | undefined)[];
  /** Where images may come from besides this origin, data:, blob: and any https: host (plain-http ones, e.g. the sandbox). */
  imageSources?: (string | undefined)[];
  /** `next dev` needs eval for its tooling. */
  dev?: boolean;
}

/**
 * The page CSP: scripts only with this response's nonce (and what they load, 'strict-dynamic');
 * no inline scripts or eval; styles from this origin plus inline style attributes (React `style`,
 * the brand's CSS variables); nothing may frame the portal.
 */
export function contentSecurityPolicy(opts: CspOptions): string {
  const extraOrigins = (list: (string | undefined)[] | undefined) =>
    [...new Set((list ?? []).map(originOf).filter((o): o is string => Boolean(o)))].join(" ");
  const forms = extraOrigins(opts.formTargets);
  const images = extraOrigins(opts.imageSources);
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // Seller logos and session images come from wherever imin's data points (https in production).
    `img-src 'self' data: blob: https:${images ? ` ${images}` : ""}`,
    "font-src 'self' data:",
    `connect-src 'self'${opts.dev ? " ws: wss:" : ""}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${forms ? ` ${forms}` : ""}`,
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** For responses that are not pages: nothing may run, load or frame. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers every response carries (next.config.mjs sets the same list). */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];
