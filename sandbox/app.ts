import { Hono } from "hono";
import type { SandboxContext } from "./context";
import { requireApiKey } from "./http/auth";
import { iminError, internalError, notFound } from "./http/errors";
import { faultMiddleware } from "./http/faults";
import { registerAdminCore } from "./admin/core";
import { registerAssets } from "./assets/routes";
import { registerCustomerAccounts } from "./booking/customer-accounts/routes";
import { registerEvents } from "./events-api/routes";
import { registerCheckout } from "./checkout/routes";
import { registerOrders } from "./booking/orders";
import { registerAdminSessions } from "./admin/sessions";
import { registerLinkedAccounts } from "./booking/linked-accounts";
import { registerConnectPages } from "./connect/routes";
import { registerAdminSellers } from "./admin/sellers";
import { registerFacilities } from "./facilities-api/routes";
import { registerFacilitiesAdmin } from "./facilities-api/admin";
import { registerMail } from "./mail/routes";
import { registerCards } from "./cards/routes";
import { registerFirehose } from "./firehose/routes";

/** Paths that need the broker's X-API-KEY; hosted pages (/checkout, /connect) and /assets are public. */
const KEYED_PREFIXES = ["/api/*", "/events-api/*", "/facilities-api/*", "/firehose/*", "/admin/*"] as const;
/** Faults are injected on the imin APIs only, never on /admin or the hosted pages. */
const FAULTY_PREFIXES = ["/api/*", "/events-api/*", "/facilities-api/*", "/firehose/*"] as const;

export function createSandboxApp(ctx: SandboxContext): Hono {
  const app = new Hono({ strict: false });

  app.onError((err, c) => {
    console.error("[sandbox] unhandled error", c.req.method, c.req.path, err);
    return internalError(c);
  });
  app.notFound((c) => notFound(c, `No route for ${c.req.method} ${c.req.path}.`));

  // Cheap early refusal of declared oversize bodies; parseJsonBody also checks the real bytes.
  app.use("*", async (c, next) => {
    const declared = Number(c.req.header("content-length"));
    if (Number.isFinite(declared) && declared > ctx.config.bodyLimitBytes) {
      return iminError(c, 413, "RequestEntityTooLargeError", `Request body exceeds ${ctx.config.bodyLimitBytes} bytes.`);
    }
    await next();
  });

  for (const prefix of KEYED_PREFIXES)
    app.use(
      prefix,
      requireApiKey(() => ctx.config.apiKey),
    );
  for (const prefix of FAULTY_PREFIXES) {
    app.use(
      prefix,
      faultMiddleware(
        () => ctx.config.faults,
        () => ctx.config.hangMaxMs,
      ),
    );
  }

  // ---- areas: one line each; each area module adds its own import and call -----------------
  registerAssets(app, ctx); // core: /assets/*
  registerAdminCore(app, ctx); // core: /admin reset, clock, faults, webhooks, state
  registerCustomerAccounts(app, ctx); // core: /api/v2/customer-accounts
  registerLinkedAccounts(app, ctx); // sellers: /api/v2/customers/{id}/accounts
  registerConnectPages(app, ctx); // sellers: hosted /connect pages
  registerAdminSellers(app, ctx); // sellers: /admin/linked-accounts seller-side events
  registerOrders(app, ctx); // bookings: /api/v2/order-items, orders, receipts
  registerAdminSessions(app, ctx); // bookings: /admin/sessions/{id}/cancel
  registerEvents(app, ctx); // book: /events-api/v2 event-series, scheduled-sessions, places
  registerCheckout(app, ctx); // book: /api/checkout-sessions and hosted /checkout pages
  registerFacilities(app, ctx);
  registerFacilitiesAdmin(app, ctx); // facilities: /facilities-api/v2, /admin/facility-slots
  registerMail(app, ctx); // mail: /admin/mail and the inbox pages /mail
  registerFirehose(app, ctx); // attribution: /firehose/datasets, the Attribution Catalog
  registerCards(app, ctx); // cards: imin's Card Details app at /cards (OpenID relying party), /admin/cards

  return app;
}
