import type { Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { invalidRequest, notFound } from "../http/errors";
import { parseJsonBody, parseQuery } from "../http/validate";
import { seedBulkBookings } from "../seed/bulk";
import { faultRuleSchema as faultRule } from "../http/faults";

const faultsBody = z.union([
  z.object({ rules: z.array(faultRule).max(100) }).transform((v) => v.rules),
  z.array(faultRule).max(100),
  faultRule.transform((r) => [r]),
]);

const clockBody = z
  .object({
    set: z.iso.datetime({ offset: true }).optional(),
    now: z.iso.datetime({ offset: true }).optional(),
    advanceMs: z.number().finite().optional(),
    advanceMinutes: z.number().finite().optional(),
    reset: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "give one of set, advanceMs, advanceMinutes, reset");

const webhookConfigBody = z
  .object({
    url: z.url().nullable().optional(),
    apiKey: z.string().max(500).nullable().optional(),
    maxAttempts: z.number().int().min(1).max(50).optional(),
    baseDelayMs: z.number().int().min(0).max(3_600_000).optional(),
    maxDelayMs: z.number().int().min(0).max(3_600_000).optional(),
    jitter: z.number().min(0).max(1).optional(),
    timeoutMs: z.number().int().min(1).max(120_000).optional(),
  })
  .strict();

const resetBody = z
  .object({
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .optional(),
    mail: z.boolean().optional(),
  })
  .strict();

/** Admin API shared by every area: reset, clock, faults, webhooks, state, benchmark helpers. */
export function registerAdminCore(app: Hono, ctx: SandboxContext): void {
  const limit = () => ctx.config.bodyLimitBytes;

  app.post("/admin/reset", async (c) => {
    const hasBody = (await c.req.raw.clone().text()).trim() !== "";
    let seed = ctx.config.seed;
    if (hasBody) {
      const parsed = await parseJsonBody(c, resetBody, limit());
      if (!parsed.ok) return parsed.response;
      seed = parsed.data.seed ?? seed;
      // Caught mail survives a reset (tests reset data, then read the mail) unless asked for.
      if (parsed.data.mail) ctx.mailbox.clear();
    }
    ctx.clock.reset();
    ctx.reseed(seed);
    return c.json(stateSummary(ctx), 200);
  });

  app.get("/admin/state", (c) => c.json(stateSummary(ctx), 200));

  // Test set-up and checks: which Customer Accounts hold an email (imin itself offers no such lookup).
  app.get("/admin/customers", (c) => {
    const email = c.req.query("email")?.trim().toLowerCase();
    const items = [...ctx.store.customers.values()]
      .filter((r) => !email || r.email.toLowerCase() === email)
      .map((r) => ({ identifier: r.identifier, email: r.email, givenName: r.givenName, familyName: r.familyName }));
    return c.json({ items }, 200);
  });

  app.get("/admin/clock", (c) => c.json(clockState(ctx), 200));
  app.post("/admin/clock", async (c) => {
    const parsed = await parseJsonBody(c, clockBody, limit());
    if (!parsed.ok) return parsed.response;
    const { set, now, advanceMs, advanceMinutes, reset } = parsed.data;
    if (reset) ctx.clock.reset();
    if (set ?? now) ctx.clock.set((set ?? now)!);
    if (advanceMs !== undefined) ctx.clock.advance(advanceMs);
    if (advanceMinutes !== undefined) ctx.clock.advance(advanceMinutes * 60_000);
    return c.json(clockState(ctx), 200);
  });

  app.get("/admin/faults", (c) => c.json({ rules: ctx.config.faults }, 200));
  app.put("/admin/faults", async (c) => {
    const parsed = await parseJsonBody(c, faultsBody, limit());
    if (!parsed.ok) return parsed.response;
    ctx.config.faults = parsed.data;
    return c.json({ rules: ctx.config.faults }, 200);
  });
  app.delete("/admin/faults", (c) => {
    ctx.config.faults = [];
    return c.json({ rules: [] }, 200);
  });

  app.get("/admin/webhooks/deliveries", (c) => {
    const parsed = parseQuery(c, z.object({ customerId: z.string().max(200).optional() }));
    if (!parsed.ok) return parsed.response;
    const items = [...ctx.store.deliveries.values()].filter((d) => !parsed.data.customerId || d.customerId === parsed.data.customerId);
    return c.json({ items }, 200);
  });
  app.get("/admin/webhooks/config", (c) => c.json(webhookConfig(ctx), 200));
  app.put("/admin/webhooks/config", async (c) => {
    const parsed = await parseJsonBody(c, webhookConfigBody, limit());
    if (!parsed.ok) return parsed.response;
    const { url, apiKey, ...retry } = parsed.data;
    if (url !== undefined) ctx.config.webhookUrl = url ?? undefined;
    if (apiKey !== undefined) ctx.config.webhookApiKey = apiKey ?? undefined;
    ctx.config.webhookRetry = { ...ctx.config.webhookRetry, ...retry };
    return c.json(webhookConfig(ctx), 200);
  });

  app.post("/admin/customers/:id/bulk-bookings", async (c) => {
    const customerId = c.req.param("id");
    if (!ctx.store.customerById(customerId)) return notFound(c, "No customer account has this identifier.");
    const parsed = await parseJsonBody(c, z.object({ count: z.number().int().min(1).max(1000) }), limit());
    if (!parsed.ok) return parsed.response;
    const created = seedBulkBookings(ctx.store, customerId, parsed.data.count, ctx.clock.nowIso());
    if (created.length < parsed.data.count) {
      return invalidRequest(c, `Only ${created.length} bookings could be created: not enough upcoming sessions.`);
    }
    return c.json({ customerId, created: created.length, orderIds: created }, 201);
  });
}

function clockState(ctx: SandboxContext) {
  return { now: ctx.clock.nowIso(), offsetMs: ctx.clock.offsetMs() };
}

function webhookConfig(ctx: SandboxContext) {
  return { url: ctx.config.webhookUrl ?? null, apiKeySet: Boolean(ctx.config.webhookApiKey), ...ctx.config.webhookRetry };
}

function stateSummary(ctx: SandboxContext) {
  const s = ctx.store;
  return {
    seed: ctx.config.seed,
    now: ctx.clock.nowIso(),
    counts: {
      sellers: s.sellers.size,
      venues: s.venues.size,
      activities: s.activities.size,
      series: s.series.size,
      sessions: s.sessions.size,
      customers: s.customers.size,
      linkedAccounts: s.linkedAccounts.size,
      orders: s.orders.size,
      checkoutSessions: s.checkoutSessions.size,
      webhookDeliveries: s.deliveries.size,
    },
    faults: ctx.config.faults,
    webhook: webhookConfig(ctx),
  };
}
