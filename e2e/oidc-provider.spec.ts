import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createPublicKey, type JsonWebKey, randomBytes, verify } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import * as oidc from "openid-client";
import { SignInPage } from "./pages/sign-in-page";
import { E2E, expect, test } from "./fixtures";
import { sandboxAsIminEnv } from "./support/portal";

/**
 * The portal as an OpenID Provider, from the outside: a relying party built on openid-client
 * against a real portal process (its own, on E2E_BRAND_PORT, so the spec can stop it, rotate the
 * keys with `npm run oidc-keys rotate` and start it again on the same database).
 */
test.describe.configure({ mode: "serial" });

const PORT = E2E.brandPort;
const ISSUER = `http://localhost:${PORT}`;
const CLIENT_ID = "card-details-e2e";
const CLIENT_SECRET = randomBytes(24).toString("base64url");
const REDIRECT_URI = "http://cards.e2e.invalid/callback";
const AUTH_SECRET = randomBytes(32).toString("hex");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-oidc-e2e-"));

let portal: ChildProcess | undefined;
let output = "";
const secretsSeen: string[] = [CLIENT_SECRET];

function portalEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: E2E.distDir,
    PORT: String(PORT),
    PORTAL_URL: ISSUER,
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    ...sandboxAsIminEnv(),
    IMIN_LOG: "info",
    AUTH_SECRET,
    AUTH_SECURE_COOKIES: "false",
    BROKER_CONFIG: "brands/default.json",
    SEED_DEMO_LOGIN: "true",
    CARD_DETAILS_URL: "http://cards.e2e.invalid/cards",
    CARD_DETAILS_CLIENT_ID: CLIENT_ID,
    CARD_DETAILS_CLIENT_SECRET: CLIENT_SECRET,
    CARD_DETAILS_REDIRECT_URIS: REDIRECT_URI,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

async function startOwnPortal() {
  const child = spawn(process.execPath, [path.join(E2E.root, "scripts/serve.mjs"), "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: E2E.root,
    env: portalEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  portal = child;
  // A fresh embedded database is migrated and seeded first: slow on a busy machine.
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`portal exited (${child.exitCode}):\n${output.slice(-4000)}`);
    const res = await fetch(`${ISSUER}/.well-known/openid-configuration`).catch(() => undefined);
    if (res?.status === 200) return;
    if (Date.now() > deadline) throw new Error(`portal did not start:\n${output.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function stopOwnPortal() {
  const child = portal;
  portal = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await startOwnPortal();
});

test.afterAll(async () => {
  await stopOwnPortal();
  rmSync(dataDir, { recursive: true, force: true });
});

async function relyingParty() {
  return oidc.discovery(new URL(ISSUER), CLIENT_ID, CLIENT_SECRET, undefined, { execute: [oidc.allowInsecureRequests] });
}

interface Flow {
  url: URL;
  verifier: string;
  nonce: string;
  state: string;
}

async function startFlow(config: oidc.Configuration, extra: Record<string, string> = {}): Promise<Flow> {
  const verifier = oidc.randomPKCECodeVerifier();
  const nonce = oidc.randomNonce();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: "openid email profile",
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    nonce,
    state,
    ...extra,
  });
  return { url, verifier, nonce, state };
}

/** The authorization request as the browser would send it, stopping at the first redirect. */
async function authorize(request: APIRequestContext, url: URL | string) {
  const res = await request.get(url.toString(), { maxRedirects: 0 });
  return { status: res.status(), location: res.headers().location, res };
}

function remember(tokens: { access_token?: string; id_token?: string }, code?: string | null) {
  for (const s of [tokens.access_token, tokens.id_token, code]) if (s) secretsSeen.push(s);
}

/** Verifies an RS256 JWT against the provider's published JWKS (no library trusted for this). */
/** Exchanges the callback's code for tokens (checking PKCE, nonce and state) and remembers them for the leak check. */
async function redeem(config: oidc.Configuration, callback: URL, flow: Flow) {
  const tokens = await oidc.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: flow.verifier,
    expectedNonce: flow.nonce,
    expectedState: flow.state,
  });
  remember(tokens, callback.searchParams.get("code"));
  return tokens;
}

/** A code flow with prompt=none for the browser's signed-in session, redeemed: its tokens. */
async function silentTokens(page: Page, config: oidc.Configuration) {
  const flow = await startFlow(config, { prompt: "none" });
  return redeem(config, new URL((await authorize(page.request, flow.url)).location!), flow);
}

async function verifyWithJwks(jwt: string) {
  const [h, p, s] = jwt.split(".");
  const header = JSON.parse(Buffer.from(h!, "base64url").toString());
  const jwks = (await (await fetch(`${ISSUER}/oidc/jwks`)).json()) as { keys: (JsonWebKey & { kid: string })[] };
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) return { header, valid: false };
  const valid = verify("RSA-SHA256", Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk, format: "jwk" }), Buffer.from(s!, "base64url"));
  return { header, valid, payload: JSON.parse(Buffer.from(p!, "base64url").toString()) };
}

async function signInOnOwnPortal(page: Page, callback = "/account") {
  await page.goto(`${ISSUER}/sign-in?callbackUrl=${encodeURIComponent(callback)}`);
  await new SignInPage(page).signIn(E2E.demo.email, E2E.demo.password);
}

/** Lets the browser land on the app's redirect URI (nothing listens there) and returns that URL. */
async function catchRedirect(page: Page): Promise<() => Promise<URL>> {
  let resolve: (u: URL) => void;
  const landed = new Promise<URL>((r) => (resolve = r));
  await page.route(`${REDIRECT_URI}**`, (route) => {
    resolve(new URL(route.request().url()));
    return route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><title>Card Details</title><h1>Card Details</h1>",
    });
  });
  return () => landed;
}

test("discovery names the portal as issuer, /oidc endpoints, code + PKCE S256 and RS256; security headers apply", async ({ request }) => {
  const res = await request.get(`${ISSUER}/.well-known/openid-configuration`);
  expect(res.status()).toBe(200);
  const meta = await res.json();
  expect(meta.issuer).toBe(ISSUER);
  for (const key of ["authorization_endpoint", "token_endpoint", "userinfo_endpoint", "jwks_uri"]) {
    expect(meta[key]).toMatch(new RegExp(`^${ISSUER}/oidc/`));
  }
  expect(meta.response_types_supported).toEqual(["code"]);
  expect(meta.code_challenge_methods_supported).toEqual(["S256"]);
  expect(meta.id_token_signing_alg_values_supported).toEqual(["RS256"]);
  expect(meta.scopes_supported).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
  expect(meta.token_endpoint_auth_methods_supported).toEqual(expect.arrayContaining(["client_secret_basic", "client_secret_post"]));
  expect(meta.registration_endpoint).toBeUndefined();
  const headers = res.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // A Host header cannot change what the provider says it is.
  const spoofed = await request.get(`${ISSUER}/.well-known/openid-configuration`, { headers: { "x-forwarded-host": "evil.example" } });
  expect((await spoofed.json()).token_endpoint).toBe(meta.token_endpoint);
});

test("prompt=none, signed out: login_required back at the app, no page shown", async ({ request }) => {
  const flow = await startFlow(await relyingParty(), { prompt: "none" });
  const { status, location } = await authorize(request, flow.url);
  expect(status).toBe(303);
  const back = new URL(location!);
  expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
  expect(back.searchParams.get("error")).toBe("login_required");
  expect(back.searchParams.get("state")).toBe(flow.state);
  expect(back.searchParams.get("code")).toBeNull();
});

test("signed in: prompt=none gives a code; PKCE, nonce, signed id_token with the customer's claims, userinfo", async ({
  page,
  sandboxAdmin,
}) => {
  await signInOnOwnPortal(page);
  const config = await relyingParty();
  const flow = await startFlow(config, { prompt: "none" });
  const { status, location } = await authorize(page.request, flow.url);
  expect(status).toBe(303);
  const callback = new URL(location!);
  expect(callback.searchParams.get("error")).toBeNull();

  const tokens = await redeem(config, callback, flow);
  const customer = await sandboxAdmin.customer(E2E.demo.iminCustomerId);
  const person = customer.customer ?? customer;
  const claims = tokens.claims()!;
  expect(claims).toMatchObject({ iss: ISSUER, aud: CLIENT_ID, sub: E2E.demo.iminCustomerId, nonce: flow.nonce });
  expect(claims).toMatchObject({
    email: E2E.demo.email,
    email_verified: true,
    given_name: person.givenName,
    family_name: person.familyName,
  });

  const signed = await verifyWithJwks(tokens.id_token!);
  expect(signed.header.alg).toBe("RS256");
  expect(signed.valid).toBe(true);
  // Tampered: one claim changed, the signature no longer holds.
  const [h, , s] = tokens.id_token!.split(".");
  const forged = Buffer.from(JSON.stringify({ ...signed.payload, sub: "someone-else" })).toString("base64url");
  expect((await verifyWithJwks(`${h}.${forged}.${s}`)).valid).toBe(false);

  const info = await oidc.fetchUserInfo(config, tokens.access_token, E2E.demo.iminCustomerId);
  expect(info).toMatchObject({
    sub: E2E.demo.iminCustomerId,
    email: E2E.demo.email,
    given_name: person.givenName,
    family_name: person.familyName,
  });

  // Replayed code: refused, and what the first exchange issued is revoked.
  await expect(
    oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: flow.verifier,
      expectedNonce: flow.nonce,
      expectedState: flow.state,
    }),
  ).rejects.toMatchObject({ error: "invalid_grant" });
  await expect(oidc.fetchUserInfo(config, tokens.access_token, E2E.demo.iminCustomerId)).rejects.toBeTruthy();
});

test("a wrong or missing PKCE verifier is refused and changes nothing: the rightful exchange still works", async ({ page }) => {
  await signInOnOwnPortal(page);
  const config = await relyingParty();
  const flow = await startFlow(config, { prompt: "none" });
  const callback = new URL((await authorize(page.request, flow.url)).location!);
  remember({}, callback.searchParams.get("code"));
  for (const verifier of [oidc.randomPKCECodeVerifier(), undefined]) {
    await expect(
      oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedNonce: flow.nonce, expectedState: flow.state }),
    ).rejects.toMatchObject({ error: "invalid_grant" });
  }
  const tokens = await oidc.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: flow.verifier,
    expectedNonce: flow.nonce,
    expectedState: flow.state,
  });
  remember(tokens);
  expect(tokens.claims()!.sub).toBe(E2E.demo.iminCustomerId);

  // No code_challenge at all: PKCE is required.
  const bare = await startFlow(config, { prompt: "none" });
  bare.url.searchParams.delete("code_challenge");
  bare.url.searchParams.delete("code_challenge_method");
  const back = new URL((await authorize(page.request, bare.url)).location!);
  expect(back.searchParams.get("error")).toBe("invalid_request");
  expect(back.searchParams.get("code")).toBeNull();
});

test("an unknown client and an unregistered redirect URI get an error page, never a redirect", async ({ page, axeCheck }) => {
  await signInOnOwnPortal(page);
  const config = await relyingParty();
  const unknown = await startFlow(config);
  unknown.url.searchParams.set("client_id", "someone-else");
  const a = await authorize(page.request, unknown.url);
  expect(a.status).toBe(400);
  expect(a.location).toBeUndefined();
  expect(await a.res.text()).toContain("invalid_client");

  const elsewhere = await startFlow(config, { prompt: "none" });
  elsewhere.url.searchParams.set("redirect_uri", "https://evil.example/callback");
  const b = await authorize(page.request, elsewhere.url);
  expect(b.status).toBe(400);
  expect(b.location).toBeUndefined();
  expect(await b.res.text()).toContain("redirect_uri");
  expect(b.res.headers()["content-security-policy"]).toContain("default-src 'none'");

  // The page a person sees.
  await page.goto(elsewhere.url.toString());
  await expect(page.getByRole("heading", { level: 1, name: "This sign-in link does not work" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your account" })).toBeVisible();
  await axeCheck(page);
});

test("no prompt, signed out: the portal's sign-in, then back to the app with a code", async ({ page }) => {
  const config = await relyingParty();
  const flow = await startFlow(config);
  const landed = await catchRedirect(page);
  await page.goto(flow.url.toString());
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Foidc%2Finteraction%2F/);
  await new SignInPage(page).signIn(E2E.demo.email, E2E.demo.password);
  const callback = await landed();
  await expect(page.getByRole("heading", { name: "Card Details" })).toBeVisible();
  const tokens = await oidc.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: flow.verifier,
    expectedNonce: flow.nonce,
    expectedState: flow.state,
  });
  remember(tokens, callback.searchParams.get("code"));
  expect(tokens.claims()!.sub).toBe(E2E.demo.iminCustomerId);
});

test("prompt=login and max_age=0 send a signed-in customer through the sign-in form again; auth_time is that sign-in", async ({ page }) => {
  await signInOnOwnPortal(page);
  const config = await relyingParty();
  for (const extra of [{ prompt: "login" }, { max_age: "0" }] as Record<string, string>[]) {
    // max_age is in whole seconds: a session begun in this very second is not older than 0.
    await page.waitForTimeout(1100);
    const flow = await startFlow(config, { ...extra, claims: JSON.stringify({ id_token: { auth_time: { essential: true } } }) });
    const landed = await catchRedirect(page);
    await page.goto(flow.url.toString());
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Foidc%2Finteraction%2F[^&]+&reauth=1/);
    await expect(page.getByText("Please sign in again to continue.")).toBeVisible();
    const before = Math.floor(Date.now() / 1000);
    await new SignInPage(page).signIn(E2E.demo.email, E2E.demo.password);
    const callback = await landed();
    await page.unroute(`${REDIRECT_URI}**`);
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: flow.verifier,
      expectedNonce: flow.nonce,
      expectedState: flow.state,
    });
    remember(tokens, callback.searchParams.get("code"));
    const claims = tokens.claims()!;
    expect(claims.sub).toBe(E2E.demo.iminCustomerId);
    expect(claims.auth_time).toBeGreaterThanOrEqual(before);
  }
});

test("signing out of the portal ends the provider session: its access token stops working, prompt=none says login_required", async ({
  page,
}) => {
  await signInOnOwnPortal(page);
  const config = await relyingParty();
  const tokens = await silentTokens(page, config);
  expect((await oidc.fetchUserInfo(config, tokens.access_token, E2E.demo.iminCustomerId)).sub).toBe(E2E.demo.iminCustomerId);

  await page.goto(`${ISSUER}/account`);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL(/\/sign-in/);

  await expect(oidc.fetchUserInfo(config, tokens.access_token, E2E.demo.iminCustomerId)).rejects.toBeTruthy();
  const again = await startFlow(config, { prompt: "none" });
  const back = new URL((await authorize(page.request, again.url)).location!);
  expect(back.searchParams.get("error")).toBe("login_required");
});

test("key rotation: `npm run oidc-keys rotate` publishes a new signing key and keeps the old one", async ({ page }) => {
  test.setTimeout(300_000);
  await signInOnOwnPortal(page);
  const config = await relyingParty();
  const before = (await (await fetch(`${ISSUER}/oidc/jwks`)).json()) as { keys: { kid: string }[] };
  expect(before.keys).toHaveLength(1);
  const oldTokens = await silentTokens(page, config);

  // The embedded database belongs to one process: rotate while the portal is stopped.
  await stopOwnPortal();
  const rotate = spawnSync(process.execPath, [path.join(E2E.root, "node_modules/tsx/dist/cli.mjs"), "scripts/oidc-keys.ts", "rotate"], {
    cwd: E2E.root,
    env: { ...portalEnv(), PORT: String(PORT) },
    encoding: "utf8",
  });
  expect(rotate.status, rotate.stderr).toBe(0);
  expect(rotate.stdout).toMatch(/New signing key/);
  await startOwnPortal();

  const after = (await (await fetch(`${ISSUER}/oidc/jwks`)).json()) as { keys: { kid: string }[] };
  expect(after.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([before.keys[0]!.kid]));
  expect(after.keys).toHaveLength(2);
  // The id_token signed before the rotation still verifies; new ones carry the new key.
  expect((await verifyWithJwks(oldTokens.id_token!)).valid).toBe(true);
  // Same database, same AUTH_SECRET: the portal session survived the restart.
  const newTokens = await silentTokens(page, config);
  const signed = await verifyWithJwks(newTokens.id_token!);
  expect(signed.valid).toBe(true);
  expect(signed.header.kid).not.toBe(before.keys[0]!.kid);
});

function tokenRequest(request: APIRequestContext, secret: string) {
  return request.post(`${ISSUER}/oidc/token`, {
    form: { grant_type: "authorization_code", code: "no-such-code", redirect_uri: REDIRECT_URI, code_verifier: "x".repeat(43) },
    headers: { authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${secret}`).toString("base64")}` },
  });
}

// Last but one: it spends this address's budget of failed client authentications.
test("a wrong client secret is refused; after 20 failures from one address even the right one waits", async ({ request }) => {
  const wrong = await tokenRequest(request, "wrong-secret");
  expect(wrong.status()).toBe(401);
  expect((await wrong.json()).error).toBe("invalid_client");
  // The right secret gets past client authentication (the code itself is unknown).
  const right = await tokenRequest(request, CLIENT_SECRET);
  expect((await right.json()).error).toBe("invalid_grant");
  for (let i = 1; i < 20; i++) expect((await tokenRequest(request, `wrong-${i}`)).status()).toBe(401);
  const limited = await tokenRequest(request, CLIENT_SECRET);
  expect(limited.status()).toBe(429);
  expect(limited.headers()["retry-after"]).toMatch(/^\d+$/);
  expect((await limited.json()).error_description).toMatch(/too many failed client authentications/);
});

test("no code, token or client secret in the portal's log", () => {
  expect(output.length).toBeGreaterThan(0);
  for (const secret of secretsSeen) expect(output).not.toContain(secret);
});
