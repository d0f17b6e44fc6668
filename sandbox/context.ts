import type { SandboxConfig } from "./config";
import type { Clock } from "./store/clock";
import type { Store } from "./store/store";
import type { WebhookDispatcher } from "./webhooks/dispatcher";
import type { Mailbox } from "./mail/mailbox";

export interface SandboxUrls {
  /** Where the sandbox is reached, e.g. http://localhost:4010 (no trailing slash). */
  public: string;
  /** Booking Platform base: public + "/api/v2". */
  booking: string;
  /** Events API base: public + "/events-api/v2". */
  events: string;
  /** Checkout base (checkout sessions at `${checkout}/api/checkout-sessions`). */
  checkout: string;
}

/** Everything an area module needs; passed to every `registerX(app, ctx)`. */
export interface SandboxContext {
  store: Store;
  clock: Clock;
  config: SandboxConfig;
  webhooks: WebhookDispatcher;
  urls: SandboxUrls;
  /** Mail caught by the sandbox SMTP server; kept across /admin/reset unless asked. */
  mailbox: Mailbox;
  /** Reseed the store (same store object) from a seed number; used by /admin/reset. */
  reseed(seed?: number): void;
}

export function urlsFor(publicBaseUrl: string): SandboxUrls {
  const base = publicBaseUrl.replace(/\/+$/, "");
  return { public: base, booking: `${base}/api/v2`, events: `${base}/events-api/v2`, checkout: base };
}
