import { randomBytes } from "node:crypto";
import path from "node:path";

// The Card Details client's secret, made once per run in the runner; global setup and the workers inherit it.
process.env.E2E_CARD_DETAILS_SECRET ||= randomBytes(24).toString("hex");

/** Fixed values the e2e run shares between global setup, the portal processes and the specs. */
export const E2E = {
  sandboxPort: Number(process.env.E2E_SANDBOX_PORT ?? 4510),
  portalPort: Number(process.env.E2E_PORTAL_PORT ?? 3510),
  brandPort: Number(process.env.E2E_BRAND_PORT ?? 3511),
  /** The sandbox's SMTP mail catcher; every e2e portal sends its mail there. */
  smtpPort: Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_SANDBOX_PORT ?? 4510) + 15),
  /** A distinctive key, so the leak test can search the build and pages for it. */
  apiKey: process.env.E2E_IMIN_API_KEY ?? "e2e-imin-key-5d41402abc4b2a76",
  webhookKey: process.env.E2E_WEBHOOK_KEY ?? "e2e-webhook-key-7b52009b64fd0a2a",
  distDir: process.env.E2E_DIST_DIR ?? ".next-test",
  root: path.resolve(__dirname, "../.."),
  // Per portal port: parallel runs in one tree must not overwrite each other's session.
  storageState: path.resolve(__dirname, `../.auth/demo-${process.env.E2E_PORTAL_PORT ?? 3510}.json`),
  /** imin's Card Details app (the sandbox's /cards) as a client of the portal's OpenID Provider. */
  cardDetails: {
    clientId: "imin-card-details",
    clientSecret: process.env.E2E_CARD_DETAILS_SECRET,
  },
  demo: { email: "demo@example.com", password: "sandbox-demo-2026", iminCustomerId: "demo-customer" },
};

export const sandboxUrl = () => process.env.E2E_SANDBOX_URL ?? `http://localhost:${E2E.sandboxPort}`;
export const portalUrl = () => `http://localhost:${E2E.portalPort}`;
