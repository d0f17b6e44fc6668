import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Runtime configuration, read from the environment when the server starts (never baked into the
 * build, so one build serves any broker). Deliberately free of `server-only` so `scripts/start.ts`
 * can validate before it builds; nothing here is meaningful in a browser bundle.
 */

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = "ConfigError";
  }
}

const url = (name: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^\s]+$/.test(v) && URL.canParse(v), `${name} must be an http(s) URL`)
    .transform((v) => v.replace(/\/+$/, ""));

/** `Name <address>` or a bare address; the address itself must be a valid email. */
const mailbox = (name: string) =>
  z
    .string()
    .trim()
    .refine((v) => {
      const address = /^[^<>]*<\s*([^<>\s]+)\s*>$/.exec(v)?.[1] ?? v;
      return z.email().safeParse(address).success;
    }, `${name} must be an email address, or Name <address>`);

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((v) => v === "true" || v === "1");

const positiveInt = (name: string, fallback: number) =>
  z.coerce
    .number(`${name} must be a whole number`)
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`)
    .default(fallback);

const envSchema = z.object({
  IMIN_API_KEY: z.string().trim().min(1, "IMIN_API_KEY is required"),
  IMIN_BOOKING_API_URL: url("IMIN_BOOKING_API_URL").default("https://book.imin.co/api/v2"),
  IMIN_EVENTS_API_URL: url("IMIN_EVENTS_API_URL").default("https://search.imin.co/events-api/v2"),
  IMIN_FACILITIES_API_URL: url("IMIN_FACILITIES_API_URL").default("https://search.imin.co/facilities-api/v2"),
  /** Firehose base: the Attribution Catalog is `{base}/datasets` (docs/imin/attribution.md). */
  IMIN_FIREHOSE_URL: url("IMIN_FIREHOSE_URL").default("https://firehose.imin.co/firehose"),
  IMIN_CHECKOUT_URL: url("IMIN_CHECKOUT_URL"),
  IMIN_WEBHOOK_API_KEY: z.string().trim().min(8, "IMIN_WEBHOOK_API_KEY must be at least 8 characters"),
  IMIN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(8000),
  /** GETs to imin: a person is waiting, so they give up sooner (and retry once) than writes (IMIN_TIMEOUT_MS). */
  IMIN_READ_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(2500),
  /** Set by `npm start` when it runs the local sandbox: shows the "Sandbox" badge. */
  IMIN_SANDBOX: bool,
  /** `true`: a signed-out visitor may book a session through imin's guest checkout (docs/features/public-pages.md). */
  GUEST_CHECKOUT: bool,
  /** Outgoing mail server, smtp:// or smtps:// (credentials in the URL when it needs them). */
  SMTP_URL: z
    .string()
    .trim()
    .refine((v) => /^smtps?:\/\/[^\s]+$/.test(v) && URL.canParse(v), "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: mailbox("MAIL_FROM").optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), "DATABASE_URL must be a postgres:// URL")
    .optional(),
  DATA_DIR: z.string().trim().min(1).default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** Unset: `true` in production. `false` serves the session cookie over plain http. */
  AUTH_SECURE_COOKIES: z.enum(["true", "false"], "AUTH_SECURE_COOKIES must be true or false").optional(),
  BROKER_CONFIG: z.string().trim().min(1).default("brands/default.json"),
  PORT: z.coerce.number("PORT must be a port number").int("PORT must be a port number").min(1).max(65535).default(3000),
  /** The portal's public origin, for every absolute URL it hands out (never the Host header). */
  PORTAL_URL: url("PORTAL_URL")
    .refine((v) => !URL.canParse(v) || new URL(v).pathname === "/", "PORTAL_URL must be an origin, like https://account.example.com")
    .optional(),
  /** `silent` turns off the one-line log of each imin call. */
  IMIN_LOG: z.enum(["silent", "info"], "IMIN_LOG must be silent or info").default("info"),
  /** Structured logs (lib/observability/log.ts): the lowest level written. */
  LOG_LEVEL: z
    .enum(
      ["trace", "debug", "info", "warn", "error", "fatal", "silent"],
      "LOG_LEVEL must be trace, debug, info, warn, error, fatal or silent",
    )
    .default("info"),
  /** Unset: `pretty` in sandbox mode (readable), `json` otherwise (one JSON object per line). */
  LOG_FORMAT: z.enum(["json", "pretty"], "LOG_FORMAT must be json or pretty").optional(),
  /** Prometheus `/metrics` on this port of its own (never the public one); unset: no metrics server. */
  METRICS_PORT: z.coerce
    .number("METRICS_PORT must be a port number")
    .int("METRICS_PORT must be a port number")
    .min(1, "METRICS_PORT must be a port number")
    .max(65535, "METRICS_PORT must be a port number")
    .optional(),
  /** OpenTelemetry traces are sent here over OTLP/HTTP (`/v1/traces` is added); unset: tracing is off. */
  OTEL_EXPORTER_OTLP_ENDPOINT: url("OTEL_EXPORTER_OTLP_ENDPOINT").optional(),
  SEED_DEMO_LOGIN: bool,
  SIGN_IN_MAX_FAILURES_PER_EMAIL: positiveInt("SIGN_IN_MAX_FAILURES_PER_EMAIL", 5),
  SIGN_IN_MAX_FAILURES_PER_IP: positiveInt("SIGN_IN_MAX_FAILURES_PER_IP", 30),
  SIGN_IN_WINDOW_MINUTES: positiveInt("SIGN_IN_WINDOW_MINUTES", 15),
  /** Sign-ups an hour from one client address (lib/auth/rate-limit.ts `beginSignUp`). */
  SIGN_UP_MAX_PER_IP_PER_HOUR: positiveInt("SIGN_UP_MAX_PER_IP_PER_HOUR", 30),
  /** Proxies in front of the portal whose X-Forwarded-For is trusted; 0: the socket address (lib/auth/client-ip.ts). */
  TRUSTED_PROXY_HOPS: z.coerce
    .number("TRUSTED_PROXY_HOPS must be a whole number")
    .int("TRUSTED_PROXY_HOPS must be a whole number")
    .min(0, "TRUSTED_PROXY_HOPS must be 0 or more")
    .max(10, "TRUSTED_PROXY_HOPS must be at most 10")
    .default(0),
  /** A session unused for this many days ends (lib/auth/sessions.ts); it ends 14 days after sign-in regardless. */
  SESSION_IDLE_DAYS: positiveInt("SESSION_IDLE_DAYS", 7).refine((v) => v <= 14, "SESSION_IDLE_DAYS must be at most 14"),
  /** `false`: this portal process runs no job workers (they run in `npm run worker`). */
  JOBS_WORKERS: z.enum(["true", "false"], "JOBS_WORKERS must be true or false").default("true"),
  /** How long /book's activity suggestions and venue list are kept per process; 0 reads them on every view (lib/book/*-list.ts). */
  BOOK_LISTS_MINUTES: z.coerce
    .number("BOOK_LISTS_MINUTES must be a whole number")
    .int("BOOK_LISTS_MINUTES must be a whole number")
    .min(0, "BOOK_LISTS_MINUTES must be 0 or more")
    .max(1440, "BOOK_LISTS_MINUTES must be at most 1440")
    .default(60),
  REMINDER_HOURS_BEFORE: positiveInt("REMINDER_HOURS_BEFORE", 24),
  REMINDER_SCAN_MINUTES: positiveInt("REMINDER_SCAN_MINUTES", 5).refine((v) => v <= 59, "REMINDER_SCAN_MINUTES must be at most 59"),
  REMINDER_SCAN_CALLS_PER_SECOND: positiveInt("REMINDER_SCAN_CALLS_PER_SECOND", 5),
  REMINDER_SCAN_CONCURRENCY: positiveInt("REMINDER_SCAN_CONCURRENCY", 4),
  /** imin's Card Details app (issue 12): its start page, and its OpenID client at the portal's provider (lib/oidc). */
  CARD_DETAILS_URL: url("CARD_DETAILS_URL").optional(),
  CARD_DETAILS_CLIENT_ID: z.string().trim().min(1).max(200).optional(),
  CARD_DETAILS_CLIENT_SECRET: z.string().trim().min(16, "CARD_DETAILS_CLIENT_SECRET must be at least 16 characters").optional(),
  /** Comma-separated; exact matches only. */
  CARD_DETAILS_REDIRECT_URIS: z
    .string()
    .trim()
    .transform((v) =>
      v
        .split(",")
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .refine(
      (list) => list.every((u) => /^https?:\/\/[^\s]+$/.test(u) && URL.canParse(u) && !new URL(u).hash),
      "CARD_DETAILS_REDIRECT_URIS must be comma-separated http(s) URLs without #fragments",
    )
    .optional(),
  NODE_ENV: z.string().optional(),
});

type ParsedEnv = z.infer<typeof envSchema>;
type Env = Omit<ParsedEnv, "AUTH_SECRET" | "AUTH_SECURE_COOKIES" | "PORTAL_URL"> & {
  AUTH_SECRET: string;
  AUTH_SECURE_COOKIES: boolean;
  PORTAL_URL: string;
};

let cached: Env | undefined;

/** Reads `${DATA_DIR}/auth-secret`, the secret `npm start` generates outside production. */
export function authSecretFile(dataDir: string) {
  return path.resolve(/*turbopackIgnore: true*/ dataDir, "auth-secret");
}

/** A production portal on real imin must be able to send mail (verification, password reset). */
function requireMailInProduction(env: { NODE_ENV?: string; IMIN_SANDBOX: boolean; SMTP_URL?: string; MAIL_FROM?: string }) {
  if (env.NODE_ENV !== "production" || env.IMIN_SANDBOX) return;
  for (const variable of ["SMTP_URL", "MAIL_FROM"] as const) {
    if (!env[variable]) throw new ConfigError(variable, `Invalid configuration: ${variable} is required in production`);
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string>;
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0] ?? "environment");
    const missing = issue.code === "invalid_type" && cleaned[variable] === undefined;
    const message = missing
      ? `${variable} is required`
      : issue.message.includes(variable)
        ? issue.message
        : `${variable}: ${issue.message}`;
    throw new ConfigError(variable, `Invalid configuration: ${message}`);
  }
  const env = result.data;
  requireMailInProduction(env);
  let secret = env.AUTH_SECRET;
  if (!secret) {
    const file = authSecretFile(env.DATA_DIR);
    if (existsSync(file)) secret = readFileSync(file, "utf8").trim();
  }
  if (!secret || secret.length < 32) {
    throw new ConfigError(
      "AUTH_SECRET",
      "Invalid configuration: AUTH_SECRET is required (at least 32 characters; `npm start` generates one outside production)",
    );
  }
  return {
    ...env,
    AUTH_SECRET: secret,
    AUTH_SECURE_COOKIES: env.AUTH_SECURE_COOKIES ? env.AUTH_SECURE_COOKIES === "true" : env.NODE_ENV === "production",
    PORTAL_URL: portalOrigin(env),
  };
}

/** Outside production, and for the local sandbox, the portal is where `PORT` says on this machine. */
function portalOrigin(env: ParsedEnv): string {
  if (env.PORTAL_URL) return env.PORTAL_URL;
  if (env.IMIN_SANDBOX || env.NODE_ENV !== "production") return `http://localhost:${env.PORT}`;
  throw new ConfigError(
    "PORTAL_URL",
    "Invalid configuration: PORTAL_URL is required in production (the portal's public origin, like https://account.example.com)",
  );
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Secrets that must never appear in text shown or logged; none before the configuration is valid. */
export function configuredSecrets(): string[] {
  let env: Env;
  try {
    env = getEnv();
  } catch {
    return [];
  }
  return [env.IMIN_API_KEY, env.IMIN_WEBHOOK_API_KEY, env.CARD_DETAILS_CLIENT_SECRET ?? ""].filter((s) => s.length >= 4);
}

/** For tests that change the environment between cases. */
export function resetEnvCache() {
  cached = undefined;
}
