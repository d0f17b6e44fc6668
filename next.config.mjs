import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import createNextIntlPlugin from "next-intl/plugin";
import { buildServiceWorker } from "./scripts/build-service-worker.mjs";

// Headers on every response; lib/security/headers.ts has the same list (a unit test compares them).
// Pages also get a nonce CSP and their Permissions-Policy from proxy.ts.
const SECURITY_HEADERS = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const DENY_ALL_PERMISSIONS =
  "geolocation=(), accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), " +
  "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), " +
  "publickey-credentials-create=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), browsing-topics=()";
// Responses that proxy.ts does not see (it handles pages).
const NON_PAGE_SOURCES = [
  "/api/:path*",
  "/_next/:path*",
  "/brand/:path*",
  "/icons/:path*",
  "/sw.js",
  "/manifest.webmanifest",
  "/favicon.ico",
];

/** @param {string} phase */
export function securityHeaders(phase) {
  // HSTS only from a production server (browsers ignore it over plain http anyway).
  const common = SECURITY_HEADERS.filter((h) => phase !== PHASE_DEVELOPMENT_SERVER || h.key !== "Strict-Transport-Security");
  return [
    { source: "/:path*", headers: common },
    ...NON_PAGE_SOURCES.map((source) => ({ source, headers: [{ key: "Permissions-Policy", value: DENY_ALL_PERMISSIONS }] })),
    { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
  ];
}

// The message catalogues (docs/features/languages.md): the language is chosen per request in i18n/request.ts.
// `precompile` turns each ICU message into its compiled form at build time, so no request (and no
// browser) parses messages or loads the parser (measured in bench/README.md, "languages").
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) buildServiceWorker();
  return withNextIntl({
    // Several builds can live side by side (tests, benchmarks, parallel work) when NEXT_DIST_DIR is set.
    distDir: process.env.NEXT_DIST_DIR || ".next",
    poweredByHeader: false,
    // The build type-checks the product only (tests and specs: `npm run typecheck`).
    typescript: { tsconfigPath: "tsconfig.build.json" },
    headers: async () => securityHeaders(phase),
    serverExternalPackages: [
      "@electric-sql/pglite",
      "@node-rs/argon2",
      "pg",
      "bwip-js",
      "qrcode",
      "oidc-provider",
      // One copy of the metrics registry's and the tracer's code, loaded from node_modules (lib/observability).
      "prom-client",
      "@opentelemetry/sdk-trace-node",
      "@opentelemetry/exporter-trace-otlp-http",
    ],
  });
}
