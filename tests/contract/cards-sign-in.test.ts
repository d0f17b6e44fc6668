import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";

/**
 * The Card Details app's sign-in against a real, certified OpenID Provider (panva's oidc-provider,
 * the library the portal is built on) with no session: what the app does with `login_required`, and
 * with callbacks it never asked for. The signed-in path runs against the portal in e2e/payment-cards.spec.ts.
 */

const CLIENT_ID = "imin-card-details";
const CLIENT_SECRET = "contract-secret-0123456789abcdef";

let sb: TestSandbox;
let op: Server;
let issuer: string;
let warn: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  op = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => op.listen(0, "127.0.0.1", resolve));
  issuer = `http://localhost:${(op.address() as AddressInfo).port}`;
  sb = await startTestSandbox({ cardDetails: { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, brokerName: "Test Broker" } });
  const provider = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`${sb.url}/cards/callback`] }],
    cookies: { keys: ["contract-cookie-key-0123456789"] },
    features: { devInteractions: { enabled: false } },
    scopes: ["openid", "email", "profile"],
  });
  handler = provider.callback() as (req: IncomingMessage, res: ServerResponse) => void;
  warn = vi.spyOn(console, "warn");
});
afterAll(async () => {
  warn?.mockRestore();
  await sb?.close();
  await new Promise((r) => op?.close(r));
});

/** GET without following redirects; `cookie` is the sandbox's sign-in cookie when there is one. */
async function get(url: string, cookie?: string) {
  const res = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
  const setCookie = res.headers.getSetCookie().map((c) => c.split(";")[0]!);
  return { res, location: res.headers.get("location") ?? "", setCookie };
}

async function startSilent() {
  const start = await get(`${sb.url}/cards`);
  expect(start.res.status).toBe(302);
  const cookie = start.setCookie.find((c) => c.startsWith("imin_cards_signin="));
  expect(cookie).toBeDefined();
  return { authorization: new URL(start.location), cookie: cookie! };
}

describe("Card Details app sign-in (relying party)", () => {
  test("the silent request: code flow, PKCE S256, state, nonce, prompt=none; login_required shows “Sign in at …”", async () => {
    const { authorization, cookie } = await startSilent();
    expect(authorization.origin).toBe(issuer);
    const p = authorization.searchParams;
    expect(p.get("response_type")).toBe("code");
    expect(p.get("client_id")).toBe(CLIENT_ID);
    expect(p.get("prompt")).toBe("none");
    expect(p.get("scope")).toBe("openid email profile");
    expect(p.get("code_challenge_method")).toBe("S256");
    expect(p.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(p.get("state")).toBeTruthy();
    expect(p.get("nonce")).toBeTruthy();
    expect(p.get("redirect_uri")).toBe(`${sb.url}/cards/callback`);

    const answer = await get(authorization.href);
    expect(answer.location).toContain("error=login_required");
    const callback = await get(answer.location, cookie);
    expect(callback.res.status).toBe(200);
    const html = await callback.res.text();
    expect(html).toContain('<a class="button" href="/cards/sign-in">Sign in at Test Broker</a>');
    expect(callback.setCookie.some((c) => c.startsWith("imin_cards_session="))).toBe(false);

    // The same answer again: the sign-in was used up.
    const replay = await get(answer.location, cookie);
    expect(replay.res.status).toBe(400);
    expect(await replay.res.text()).toContain("Sign-in expired");
  });

  test("“Sign in at …” asks again without prompt=none, with a fresh state", async () => {
    const silent = await startSilent();
    const signIn = await get(`${sb.url}/cards/sign-in`);
    expect(signIn.res.status).toBe(302);
    const p = new URL(signIn.location).searchParams;
    expect(p.has("prompt")).toBe(false);
    expect(p.get("state")).not.toBe(silent.authorization.searchParams.get("state"));
  });

  test("a callback with another state, or a code the provider never issued, signs nobody in and logs no code", async () => {
    const forgedState = await startSilent();
    const wrongState = await get(
      `${sb.url}/cards/callback?error=login_required&state=not-the-state&iss=${encodeURIComponent(issuer)}`,
      forgedState.cookie,
    );
    expect(wrongState.res.status).toBe(400);
    expect(await wrongState.res.text()).toContain("Sign-in failed");

    const forgedCode = await startSilent();
    const state = forgedCode.authorization.searchParams.get("state")!;
    const code = "forged-code-5f1d3c0a9e";
    const wrongCode = await get(
      `${sb.url}/cards/callback?code=${code}&state=${encodeURIComponent(state)}&iss=${encodeURIComponent(issuer)}`,
      forgedCode.cookie,
    );
    expect(wrongCode.res.status).toBe(400);
    expect(await wrongCode.res.text()).toContain("Sign-in failed");
    for (const r of [wrongState, wrongCode]) expect(r.setCookie.some((c) => c.startsWith("imin_cards_session="))).toBe(false);

    const logged = warn.mock.calls.map((args: unknown[]) => args.join(" ")).join("\n");
    expect(logged).toContain("invalid_grant");
    expect(logged).not.toContain(code);
    expect(logged).not.toContain(state);
    expect(logged).not.toContain(CLIENT_SECRET);
  });

  test("without the sign-in cookie a callback is refused", async () => {
    const res = await get(`${sb.url}/cards/callback?code=x&state=y`);
    expect(res.res.status).toBe(400);
    expect(await res.res.text()).toContain("Sign-in expired");
  });
});
