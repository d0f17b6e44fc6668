import type { SandboxConfig } from "../config";
import type { Clock } from "../store/clock";
import type { Store } from "../store/store";
import type { WebhookDelivery } from "../store/types";

/**
 * Sends imin's Customer Detail Change webhook to the broker, retrying with exponential backoff and
 * jitter until a 2xx or `maxAttempts`, and records every attempt in `store.deliveries`.
 */
export class WebhookDispatcher {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly config: SandboxConfig,
    private readonly bookingBaseUrl: string,
  ) {}

  /** Queue a notification that `customerId`'s account changed; returns the delivery record. */
  notifyCustomerChanged(customerId: string, reason: string): WebhookDelivery {
    const url = this.config.webhookUrl;
    const delivery: WebhookDelivery = {
      id: this.store.newId("wh_"),
      customerId,
      reason,
      url: url ?? "",
      attempts: [],
      state: url ? "pending" : "skipped",
      createdAt: this.clock.nowIso(),
    };
    this.store.deliveries.set(delivery.id, delivery);
    if (url && !this.closed) this.attempt(delivery, url, 1);
    return delivery;
  }

  /** The JSON body imin sends. */
  payloadFor(customerId: string) {
    return {
      "@context": "https://openactive.io/",
      "@type": "CustomerAccount",
      "@id": `${this.bookingBaseUrl}/customer-accounts/${encodeURIComponent(customerId)}`,
      identifier: customerId,
    };
  }

  /** Resolves once no delivery is pending (for tests). */
  async idle(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.timers.size > 0 || this.inFlight.size > 0) {
      if (Date.now() > deadline) throw new Error("webhook deliveries still pending");
      await Promise.race([...this.inFlight, new Promise((r) => setTimeout(r, 10))]);
    }
  }

  /** Stop retrying; pending deliveries stay recorded as they are. */
  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Cancel pending retries (used by /admin/reset) and accept new work again. */
  cancelPending(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  delayBefore(attemptNumber: number): number {
    const { baseDelayMs, maxDelayMs, jitter } = this.config.webhookRetry;
    const raw = Math.min(maxDelayMs, baseDelayMs * 2 ** (attemptNumber - 2));
    const spread = raw * jitter * (Math.random() * 2 - 1);
    return Math.max(0, Math.round(raw + spread));
  }

  private attempt(delivery: WebhookDelivery, url: string, attemptNumber: number): void {
    const run = this.send(delivery, url).then((ok) => {
      if (ok) {
        delivery.state = "delivered";
        return;
      }
      if (attemptNumber >= this.config.webhookRetry.maxAttempts || this.closed) {
        delivery.state = "failed";
        return;
      }
      const timer = setTimeout(
        () => {
          this.timers.delete(timer);
          if (this.store.deliveries.get(delivery.id) !== delivery || this.closed) return;
          this.attempt(delivery, url, attemptNumber + 1);
        },
        this.delayBefore(attemptNumber + 1),
      );
      timer.unref?.();
      this.timers.add(timer);
    });
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
  }

  private async send(delivery: WebhookDelivery, url: string): Promise<boolean> {
    const record: WebhookDelivery["attempts"][number] = { at: this.clock.nowIso() };
    delivery.attempts.push(record);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.config.webhookApiKey) headers["X-Api-Key"] = this.config.webhookApiKey;
    try {
      const res = await fetch(url, {
        method: "POST",
        headers,
        body: JSON.stringify(this.payloadFor(delivery.customerId)),
        signal: AbortSignal.timeout(this.config.webhookRetry.timeoutMs),
      });
      record.status = res.status;
      await res.arrayBuffer().catch(() => undefined);
      return res.status >= 200 && res.status < 300;
    } catch (err) {
      record.error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      return false;
    }
  }
}
