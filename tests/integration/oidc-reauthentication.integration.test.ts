import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { completeCustomerCreation, createPendingUser } from "@/lib/accounts/create-store";
import { createSession, encodeSessionCookie, sessionCookieName } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { finishInteraction } from "@/lib/oidc/interaction";
import { loadKeySet } from "@/lib/oidc/keys";
import { createProvider, INTERACTION_PATH } from "@/lib/oidc/provider";
import { backends, openTestDatabase, type TestDatabase } from "../support/database";

// The names in the claims come from imin: not reached here.
vi.mock("@/lib/imin/customers", () => ({ getCustomerAccount: async () => ({ details: { givenName: "Sam", familyName: "Reed" } }) }));

const SECRET = "r".repeat(40);
const CLIENT_ID = "card-details-test";
const CLIENT_SECRET = randomBytes(24).toString("base64url");
const REDIRECT_URI = "http://cards.test.invalid/callback";
const MINUTE = 60_000;

let server: Server;
let issuer: string;

/** A cookie jar for one browser: what the portal and the provider set, sent back on every request. */
class Browser {
  cookies = new Map<string, string>();
  set(name: string, value: string) {
    this.cookies.set(name, value);
  }
  async get(url: string): Promise<{ status: number; location?: string }> {
    const res = await fetch(url, {
      redirect: "manual",
      headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    await res.arrayBuffer();
    const location = res.headers.get("location") ?? undefined;
    return { status: res.status, location: location ? new URL(location, issuer).toString() : undefined };
  }
}

function authorizationUrl(extra: Record<string, string>) {
  const verifier = randomBytes(32).toString("base64url");
  const url = new URL(`${issuer}/oidc/auth`);
  for (const [k, v] of Object.entries({
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: "code",
    scope: "openid email profile",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    nonce: randomBytes(8).toString("hex"),
    state: randomBytes(8).toString("hex"),
    ...extra,
  }))
    url.searchParams.set(k, v);
  return { url: url.toString(), verifier };
}

async function idTokenClaims(code: string, verifier: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${issuer}/oidc/token`, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, code_verifier: verifier }),
  });
  const body = (await res.json()) as { id_token?: string };
  expect(res.status, JSON.stringify(body)).toBe(200);
  return JSON.parse(Buffer.from(body.id_token!.split(".")[1]!, "base64url").toString());
}

/** Follows the provider's redirects until the browser leaves it (sign-in page or the app). */
async function follow(browser: Browser, url: string): Promise<URL> {
  let next = url;
  for (let i = 0; i < 10; i++) {
    const { location } = await browser.get(next);
    if (!location) throw new Error(`no redirect from ${next}`);
    const target = new URL(location);
    if (target.origin !== issuer || !target.pathname.startsWith("/oidc/")) return target;
    next = location;
  }
  throw new Error("too many redirects");
}

async function signedInCustomer(browser: Browser, startedAt: Date) {
  const user = await createPendingUser({
    email: `reauth-${randomBytes(4).toString("hex")}@example.com`,
    passwordHash: "x",
    givenName: "Sam",
    customerPayload: {},
  });
  const customerId = `cust-${randomBytes(4).toString("hex")}`;
  await completeCustomerCreation(user!.id, { customerId, customerUrl: `http://imin.invalid/${customerId}` });
  await signIn(browser, user!.id, startedAt);
  return { userId: user!.id, customerId };
}

/** What the portal's sign-in does for this browser: a new portal session, its cookie set. */
async function signIn(browser: Browser, userId: string, at = new Date()) {
  const { id } = await createSession(userId, at);
  browser.set(sessionCookieName(), await encodeSessionCookie(userId, id, at));
  return Math.floor(at.getTime() / 1000);
}

describe.each(backends)("the OpenID Provider asks for a fresh sign-in on $name", ({ name }) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await openTestDatabase(name);
    server = createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    Object.assign(process.env, {
      PORTAL_URL: issuer,
      IMIN_API_KEY: "k".repeat(20),
      IMIN_CHECKOUT_URL: "http://imin.invalid",
      IMIN_WEBHOOK_API_KEY: "webhook-key",
      AUTH_SECRET: SECRET,
      AUTH_SECURE_COOKIES: "false",
      IMIN_LOG: "silent",
      CARD_DETAILS_CLIENT_ID: CLIENT_ID,
      CARD_DETAILS_CLIENT_SECRET: CLIENT_SECRET,
      CARD_DETAILS_REDIRECT_URIS: REDIRECT_URI,
    });
    resetEnvCache();
    const keys = await loadKeySet(await getDb(), SECRET);
    const provider = createProvider({ issuer, authSecret: SECRET, secureCookies: false, jwks: keys.signing });
    const callback = provider.callback() as unknown as (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      const path = (req.url ?? "/").split("?")[0]!;
      const handled = path.startsWith(INTERACTION_PATH)
        ? finishInteraction(provider, req, res, path.slice(INTERACTION_PATH.length))
        : callback(req, res);
      handled.catch((e: unknown) => {
        res.statusCode = 500;
        res.end(String(e));
      });
    });
  });

  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await t.close();
  });

  test("prompt=login sends a signed-in customer through the portal's sign-in, and auth_time is that sign-in", async () => {
    const browser = new Browser();
    const { userId, customerId } = await signedInCustomer(browser, new Date(Date.now() - 10 * MINUTE));
    const flow = authorizationUrl({ prompt: "login", claims: JSON.stringify({ id_token: { auth_time: { essential: true } } }) });

    const first = await follow(browser, flow.url);
    expect(`${first.origin}${first.pathname}`).toBe(`${issuer}/sign-in`);
    const back = first.searchParams.get("callbackUrl")!;
    expect(back).toMatch(/^\/oidc\/interaction\//);
    expect(first.searchParams.get("reauth")).toBe("1");

    // Coming straight back without signing in again changes nothing: still the sign-in page.
    const again = await follow(browser, `${issuer}${back}`);
    expect(again.pathname).toBe("/sign-in");

    const signedInAt = await signIn(browser, userId);
    const app = await follow(browser, `${issuer}${back}`);
    expect(`${app.origin}${app.pathname}`).toBe(REDIRECT_URI);
    expect(app.searchParams.get("error")).toBeNull();
    const claims = await idTokenClaims(app.searchParams.get("code")!, flow.verifier);
    expect(claims.sub).toBe(customerId);
    expect(claims.auth_time).toBe(signedInAt);
  });

  test("max_age=0 sends a signed-in customer through sign-in again; auth_time is the new sign-in", async () => {
    const browser = new Browser();
    const { userId } = await signedInCustomer(browser, new Date(Date.now() - 10 * MINUTE));
    const flow = authorizationUrl({ max_age: "0" });

    const first = await follow(browser, flow.url);
    expect(first.pathname).toBe("/sign-in");
    const signedInAt = await signIn(browser, userId);
    const app = await follow(browser, `${issuer}${first.searchParams.get("callbackUrl")}`);
    expect(`${app.origin}${app.pathname}`).toBe(REDIRECT_URI);
    const claims = await idTokenClaims(app.searchParams.get("code")!, flow.verifier);
    expect(claims.auth_time).toBe(signedInAt);
  });

  test("without prompt=login or max_age, a signed-in customer goes straight back to the app (auth_time: the portal sign-in)", async () => {
    const browser = new Browser();
    const startedAt = new Date(Date.now() - 10 * MINUTE);
    await signedInCustomer(browser, startedAt);
    const flow = authorizationUrl({ max_age: "3600" });
    const app = await follow(browser, flow.url);
    expect(`${app.origin}${app.pathname}`).toBe(REDIRECT_URI);
    const claims = await idTokenClaims(app.searchParams.get("code")!, flow.verifier);
    expect(claims.auth_time).toBe(Math.floor(startedAt.getTime() / 1000));
  });
});
