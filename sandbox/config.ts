import type { FaultRule } from "./store/types";
import { faultRuleSchema } from "./http/faults";
import { describeIssues } from "./http/validate";

export interface WebhookRetryConfig {
  /** Total tries, the first included. */
  maxAttempts: number;
  /** Delay before the second try; doubles each time. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** 0..1: each delay is randomised by up to this fraction either way. */
  jitter: number;
  /** Per-try request timeout. */
  timeoutMs: number;
}

/** The Card Details app's client registration at the broker's OpenID Provider (sandbox/cards). */
export interface CardDetailsClientConfig {
  /** The provider's issuer: the portal's PORTAL_URL (discovery at /.well-known/openid-configuration). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown in "Sign in at <broker>"; the issuer's host when unset. */
  brokerName?: string;
}

export interface SandboxConfig {
  apiKey: string;
  port: number;
  seed: number;
  /** Base URL the sandbox is reached at; every id and link is built from it. */
  publicBaseUrl: string;
  webhookUrl?: string;
  webhookApiKey?: string;
  webhookRetry: WebhookRetryConfig;
  /** Fault rules in force; mutable through /admin/faults. */
  faults: FaultRule[];
  /** Request bodies larger than this are answered 413. */
  bodyLimitBytes: number;
  /** DELETE customer-accounts: personal data is replaced this long after the 202. */
  erasureDelayMs: number;
  /** How long a "hang" fault holds a request before giving up (the client should time out first). */
  hangMaxMs: number;
  /** Unset: `/cards` explains that the Card Details app has no OpenID Provider configured. */
  cardDetails?: CardDetailsClientConfig;
}

export const DEFAULT_API_KEY = "sandbox-api-key";
export const DEFAULT_PORT = 4010;
export const DEFAULT_SEED = 1;

const defaultWebhookRetry: WebhookRetryConfig = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  jitter: 0.2,
  timeoutMs: 5_000,
};

export function makeConfig(partial: Partial<SandboxConfig> & { publicBaseUrl: string }): SandboxConfig {
  return {
    apiKey: DEFAULT_API_KEY,
    port: DEFAULT_PORT,
    seed: DEFAULT_SEED,
    faults: [],
    bodyLimitBytes: 100 * 1024,
    erasureDelayMs: 300,
    hangMaxMs: 120_000,
    ...partial,
    webhookRetry: { ...defaultWebhookRetry, ...partial.webhookRetry },
  };
}

/** Reads `SANDBOX_FAULTS` (JSON: one rule or an array) and `SANDBOX_LATENCY_MS` (global latency). */
export function faultsFromEnv(env: Record<string, string | undefined>): FaultRule[] {
  const rules: FaultRule[] = [];
  if (env.SANDBOX_FAULTS?.trim()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(env.SANDBOX_FAULTS);
    } catch {
      throw new Error("SANDBOX_FAULTS must be JSON: a fault rule or an array of them");
    }
    for (const rule of Array.isArray(parsed) ? parsed : [parsed]) {
      const result = faultRuleSchema.safeParse(rule);
      if (!result.success) throw new Error(`SANDBOX_FAULTS: ${describeIssues(result.error)}`);
      rules.push(result.data);
    }
  }
  if (env.SANDBOX_LATENCY_MS?.trim()) {
    const ms = Number(env.SANDBOX_LATENCY_MS);
    if (!Number.isFinite(ms) || ms < 0) throw new Error("SANDBOX_LATENCY_MS must be a number of milliseconds");
    rules.push({ route: "*", latencyMs: ms });
  }
  return rules;
}

/**
 * `SANDBOX_CARDS_ISSUER`, `SANDBOX_CARDS_CLIENT_ID`, `SANDBOX_CARDS_CLIENT_SECRET` (all three or
 * none) and `SANDBOX_BROKER_NAME`: the Card Details app's client at the broker's OpenID Provider.
 */
export function cardDetailsFromEnv(env: Record<string, string | undefined>): CardDetailsClientConfig | undefined {
  const issuer = env.SANDBOX_CARDS_ISSUER?.trim();
  const clientId = env.SANDBOX_CARDS_CLIENT_ID?.trim();
  const clientSecret = env.SANDBOX_CARDS_CLIENT_SECRET?.trim();
  if (!issuer && !clientId && !clientSecret) return undefined;
  if (!issuer || !clientId || !clientSecret) {
    throw new Error("SANDBOX_CARDS_ISSUER, SANDBOX_CARDS_CLIENT_ID and SANDBOX_CARDS_CLIENT_SECRET must be set together");
  }
  if (!/^https?:\/\/[^\s]+$/.test(issuer) || !URL.canParse(issuer)) throw new Error("SANDBOX_CARDS_ISSUER must be an http(s) URL");
  return { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret, brokerName: env.SANDBOX_BROKER_NAME?.trim() || undefined };
}
