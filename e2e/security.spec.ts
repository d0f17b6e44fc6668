import { request as httpRequest } from "node:http";
import { AccountPage } from "./pages/account-page";
import { E2E, expect, newUserData, test } from "./fixtures";
import { portalUrl } from "./support/env";

/**
 * Security over plain HTTP against the production build: the sign-in limits on every door that
 * takes a password, the client address (TRUSTED_PROXY_HOPS=0: the socket, never a header), sessions
 * after revocation, the headers and the nonce, framing.
 *
 * Each "client" below connects from its own loopback address (127.0.0.x, Linux routes the whole
 * 127/8 to lo), so the portal sees distinct socket addresses and the browser specs, which come from
 * 127.0.0.1, keep their own budget.
 */

test.describe.configure({ mode: "serial" });

const WRONG = "The email or password is not right. Check them and try again.";
const LIMITED = "Too many sign-in attempts. Please wait 15 minutes, then try again.";
const SESSION_COOKIE = "authjs.session-token";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  cookies: string[];
  text: string;
}

let nextAddress = 20 + Math.floor(Math.random() * 200);
/** A fresh loopback address: a client the portal has not seen in this run. */
const newAddress = () => `127.0.0.${nextAddress++ % 250 || 2}`;

/** One HTTP request from `from` (a loopback address), no redirects followed. */
function send(
  from: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer | string; cookie?: string } = {},
): Promise<Answer> {
  const url = new URL(path, portalUrl());
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: init.method ?? "GET",
        localAddress: from,
        headers: { host: url.host, ...(init.cookie ? { cookie: init.cookie } : {}), ...init.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            cookies: res.headers["set-cookie"] ?? [],
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${path}`)));
    if (init.body) req.write(init.body);
    req.end();
  });
}

const htmlDecode = (v: string) =>
  v.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/** The hidden fields of the page's form named `label` (a server action posted without JavaScript). */
async function formFields(from: string, path: string, label: string, cookie?: string): Promise<[string, string][]> {
  const page = await send(from, path, { cookie });
  expect(page.status, `${path} answered`).toBe(200);
  const start = page.text.indexOf(`aria-label="${label}"`);
  expect(start, `form "${label}" on ${path}`).toBeGreaterThan(0);
  const form = page.text.slice(page.text.lastIndexOf("<form", start), page.text.indexOf("</form>", start));
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((m) => [m[1]!, htmlDecode(m[2] ?? "")]);
}

async function postForm(from: string, path: string, fields: [string, string][], cookie?: string) {
  const data = new FormData();
  for (const [k, v] of fields) data.append(k, v);
  const encoded = new Request("http://form.invalid", { method: "POST", body: data });
  return send(from, path, {
    method: "POST",
    cookie,
    headers: { "content-type": encoded.headers.get("content-type")!, origin: portalUrl() },
    body: Buffer.from(await encoded.arrayBuffer()),
  });
}

/** The sign-in form posted as a browser without JavaScript would. */
async function signInOverHttp(from: string, email: string, password: string, extraHeaders: Record<string, string> = {}) {
  const fields = await formFields(from, "/sign-in", "Sign in");
  const data = new FormData();
  for (const [k, v] of [...fields, ["email", email], ["password", password]] as [string, string][]) data.append(k, v);
  const encoded = new Request("http://form.invalid", { method: "POST", body: data });
  const res = await send(from, "/sign-in", {
    method: "POST",
    headers: { "content-type": encoded.headers.get("content-type")!, origin: portalUrl(), ...extraHeaders },
    body: Buffer.from(await encoded.arrayBuffer()),
  });
  const session = sessionCookie(res);
  const message = /data-testid="form-message"[^>]*>([^<]*)</.exec(res.text)?.[1];
  return { res, session, message: message ? htmlDecode(message) : undefined };
}

function sessionCookie(res: Answer): string | undefined {
  const c = res.cookies.find((s) => s.startsWith(`${SESSION_COOKIE}=`) && !s.startsWith(`${SESSION_COOKIE}=;`));
  const pair = c?.split(";")[0];
  return pair && pair.length > SESSION_COOKIE.length + 1 ? pair : undefined;
}

/** Auth.js's credentials callback, as an attacker would call it (CSRF dance included). */
async function authJsCallback(from: string, email: string, password: string) {
  const csrf = await send(from, "/api/auth/csrf");
  const token = csrf.status === 200 ? (JSON.parse(csrf.text) as { csrfToken?: string }).csrfToken : undefined;
  const cookie = csrf.cookies.map((c) => c.split(";")[0]).join("; ");
  return send(from, "/api/auth/callback/credentials", {
    method: "POST",
    cookie,
    headers: { "content-type": "application/x-www-form-urlencoded", origin: portalUrl() },
    body: new URLSearchParams({ email, password, csrfToken: token ?? "", callbackUrl: `${portalUrl()}/account` }).toString(),
  });
}

/** Signs a new person up in the browser (mail confirmed), then signs out there; returns the login. */
async function newLogin(
  signUpNewUser: (o?: object) => Promise<{ email: string; password: string }>,
  page: import("@playwright/test").Page,
) {
  const user = await signUpNewUser();
  await new AccountPage(page).signOut();
  return user;
}

test("Auth.js's own endpoints are closed: no credentials callback, sign-in, sign-out, CSRF or providers", async () => {
  const from = newAddress();
  const callback = await authJsCallback(from, E2E.demo.email, E2E.demo.password);
  expect(callback.status).toBe(404);
  expect(sessionCookie(callback)).toBeUndefined();
  for (const [method, path] of [
    ["GET", "/api/auth/csrf"],
    ["GET", "/api/auth/providers"],
    ["GET", "/api/auth/signin"],
    ["POST", "/api/auth/signin/credentials"],
    ["GET", "/api/auth/signout"],
    ["POST", "/api/auth/signout"],
    ["POST", "/api/auth/session"],
    ["GET", "/api/auth/callback/credentials"],
  ]) {
    const res = await send(from, path!, { method: method! });
    expect(res.status, `${method} ${path}`).toBe(404);
  }
  expect((await send(from, "/api/auth/session")).text).toBe("null");
});

test("the lockout holds on every door that takes a password; the owner still gets in from elsewhere", async ({ page, signUpNewUser }) => {
  const user = await newLogin(signUpNewUser, page);
  const attacker = newAddress();

  for (let i = 0; i < 5; i++) expect((await signInOverHttp(attacker, user.email, `guess number ${i}`)).message).toBe(WRONG);
  // Locked for this email from this address: the right password is not even looked at.
  const form = await signInOverHttp(attacker, user.email, user.password);
  expect(form.message).toBe(LIMITED);
  expect(form.session).toBeUndefined();

  // Auth.js's callback: closed, so nothing to bypass the limiter with.
  const callback = await authJsCallback(attacker, user.email, user.password);
  expect(callback.status).toBe(404);
  expect(sessionCookie(callback)).toBeUndefined();

  // Sign-up with the same email and the right password never signs anyone in.
  const fields = await formFields(attacker, "/sign-up", "Create your account");
  const data = newUserData({ email: user.email, password: user.password });
  const signUp = await postForm(attacker, "/sign-up", [
    ...fields,
    ["givenName", data.givenName],
    ["familyName", data.familyName],
    ["email", data.email],
    ["password", data.password],
    ["is13OrOver", "on"],
  ]);
  expect(signUp.status).toBeLessThan(400);
  expect(sessionCookie(signUp)).toBeUndefined();
  if (signUp.headers.location) expect(String(signUp.headers.location)).toMatch(/\/check-email/);

  // A stranger on other addresses keeps guessing: that slows the email down, but does not lock
  // out the owner, who signs in with the right password from their own address.
  const stranger = [newAddress(), newAddress()];
  for (let i = 0; i < 4; i++) await signInOverHttp(stranger[i % 2]!, user.email, `more guesses ${i}`);
  const owner = await signInOverHttp(newAddress(), user.email, user.password);
  expect(owner.res.status).toBe(303);
  expect(owner.res.headers.location).toBe("/");
  expect(owner.session).toBeDefined();
  const me = await send(newAddress(), "/api/auth/session", { cookie: owner.session });
  expect(JSON.parse(me.text)).toMatchObject({ user: { email: user.email } });
});

test("a spoofed X-Forwarded-For (or the portal's own header) does not reset the per-address count", async () => {
  const attacker = newAddress();
  // 30 failures, each on a different email (so only the per-address limit can trip).
  for (let i = 0; i < 30; i++) {
    const r = await signInOverHttp(attacker, `spray-${i}-${Date.now()}@example.com`, "Summer2026!");
    expect(r.message, `attempt ${i + 1}`).toBe(WRONG);
  }
  for (const headers of [
    {},
    { "x-forwarded-for": "198.51.100.77" },
    { "x-forwarded-for": "198.51.100.78, 203.0.113.9" },
    { "x-real-ip": "198.51.100.79" },
    { "x-portal-client-ip": "198.51.100.80", "x-portal-client-ip-key": "guess" },
  ] as Record<string, string>[]) {
    const r = await signInOverHttp(attacker, `spray-new-${Date.now()}@example.com`, "Summer2026!", headers);
    expect(r.message, JSON.stringify(headers)).toBe(LIMITED);
  }
  // The demo customer, from this address, is refused too; from another address it works.
  expect((await signInOverHttp(attacker, E2E.demo.email, E2E.demo.password)).session).toBeUndefined();
  expect((await signInOverHttp(newAddress(), E2E.demo.email, E2E.demo.password)).session).toBeDefined();
});

test("after signing out (one device or everywhere) a copied cookie gets nothing from any route", async ({ page, signUpNewUser }) => {
  const user = await newLogin(signUpNewUser, page);
  const elsewhere = newAddress();
  // Two sessions on other devices, and one in the browser.
  const a = (await signInOverHttp(elsewhere, user.email, user.password)).session!;
  const b = (await signInOverHttp(newAddress(), user.email, user.password)).session!;
  expect(a).toBeDefined();
  expect(b).toBeDefined();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await page.waitForURL(/localhost:\d+\/$/);

  // Signing out on device A (a browser holding cookie A) ends A only.
  const deviceA = await page.context().browser()!.newContext();
  await deviceA.addCookies([{ name: SESSION_COOKIE, value: a.slice(SESSION_COOKIE.length + 1), url: portalUrl() }]);
  const pageA = await deviceA.newPage();
  await pageA.goto("/account");
  await new AccountPage(pageA).signOut();
  await deviceA.close();
  expect((await send(elsewhere, "/api/auth/session", { cookie: a })).text).toBe("null");
  expect(JSON.parse((await send(elsewhere, "/api/auth/session", { cookie: b })).text)).toMatchObject({ user: { email: user.email } });

  // "Sign out everywhere" in the browser ends B and the browser's own session.
  const browserCookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)!;
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.waitForURL(/\/sign-in\?signedOut=everywhere/);
  await expect(page.getByText("You have signed out on every device.")).toBeVisible();

  for (const cookie of [a, b, `${SESSION_COOKIE}=${browserCookie.value}`]) {
    const session = await send(elsewhere, "/api/auth/session", { cookie });
    expect(session.text).toBe("null");
    // /book is public (docs/features/public-pages.md): a stolen cookie gets the visitor's view.
    const book = await send(elsewhere, "/book", { cookie });
    expect(book.text).not.toContain(user.email);
    for (const path of ["/account", "/bookings", "/orders", "/sellers", "/pass"]) {
      const res = await send(elsewhere, path, { cookie });
      expect(res.status, path).toBeGreaterThanOrEqual(300);
      expect(res.status, path).toBeLessThan(400);
      expect(String(res.headers.location), path).toMatch(/\/sign-in/);
      expect(res.text, path).not.toContain(user.email);
    }
    for (const path of ["/api/notices", "/api/offline-pack", "/api/calendar/bookings/x/y"]) {
      const res = await send(elsewhere, path, { cookie });
      expect([401, 404], path).toContain(res.status);
      expect(res.text, path).not.toContain(user.email);
    }
  }
});

const PAGES = [
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/account",
  "/bookings",
  "/orders",
  "/sellers",
  "/book",
  "/pass",
  "/no-such-page",
];

function nonceOf(csp: string | undefined) {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1];
}

test("every page carries the security headers and a fresh nonce on each response", async () => {
  const from = newAddress();
  const { session } = await signInOverHttp(from, E2E.demo.email, E2E.demo.password);
  expect(session).toBeDefined();
  const seen = new Set<string>();
  for (const path of PAGES) {
    for (const cookie of [session, undefined]) {
      const answers = [await send(from, path, { cookie }), await send(from, path, { cookie })];
      for (const res of answers) {
        const h = res.headers;
        const csp = String(h["content-security-policy"]);
        const nonce = nonceOf(csp);
        expect(nonce, `${path} nonce`).toBeDefined();
        expect(seen.has(nonce!), `${path}: nonce reused`).toBe(false);
        seen.add(nonce!);
        expect(csp).toContain("'strict-dynamic'");
        expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
        expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/);
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toMatch(/form-action 'self'/);
        expect(csp).toMatch(/img-src 'self' data:/);
        expect(csp).toContain("connect-src 'self'");
        expect(h["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
        expect(h["x-content-type-options"]).toBe("nosniff");
        expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
        expect(h["cross-origin-opener-policy"]).toBe("same-origin");
        expect(h["x-frame-options"]).toBe("DENY");
        const permissions = String(h["permissions-policy"]);
        expect(permissions).toContain(path === "/book" ? "geolocation=(self)" : "geolocation=()");
        for (const f of ["camera=()", "microphone=()", "payment=()"]) expect(permissions).toContain(f);
        if (res.status === 200) {
          // Every script Next.js wrote carries this response's nonce.
          const scripts = [...res.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
          expect(scripts.length, path).toBeGreaterThan(0);
          for (const s of scripts) expect(s, path).toContain(`nonce="${nonce}"`);
        }
      }
    }
  }
  // API routes and static files: the fixed headers, and nothing to run on the API.
  const html = (await send(from, "/sign-in")).text;
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
  for (const path of ["/api/health", "/api/auth/session", "/api/search?at=51.5,-0.1", asset, "/brand/acme-logo.svg"]) {
    const res = await send(from, path, { cookie: session });
    expect(res.headers["x-content-type-options"], path).toBe("nosniff");
    expect(res.headers["strict-transport-security"], path).toBeDefined();
    expect(res.headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(String(res.headers["permissions-policy"]), path).toContain("geolocation=()");
    if (path.startsWith("/api/")) expect(String(res.headers["content-security-policy"]), path).toContain("default-src 'none'");
  }
});

test("the portal cannot be framed by another site", async ({ page }) => {
  const attacker = "http://attacker.invalid";
  await page.route(`${attacker}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>evil</title><iframe id="f" src="${portalUrl()}/sign-in" width="600" height="400"></iframe>`,
    }),
  );
  await page.goto(`${attacker}/frame`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const framed = frame ? await frame.evaluate(() => document.body?.innerText ?? "").catch(() => "") : "";
  expect(framed).not.toMatch(/sign in/i);
});

test("pages work under the CSP: no violation while using the portal", async ({ demoPage, axeCheck }) => {
  const violations: string[] = [];
  demoPage.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${demoPage.url()}: ${m.text()}`);
  });
  await demoPage.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Refused to ${e.violatedDirective}: ${e.blockedURI}`));
  });
  await demoPage.context().grantPermissions(["geolocation"], { origin: portalUrl() });
  await demoPage.context().setGeolocation({ latitude: 51.5072, longitude: -0.1276 });
  for (const path of ["/account", "/bookings", "/orders", "/sellers", "/book", "/pass"]) {
    await demoPage.goto(path);
    await expect(demoPage.getByRole("heading", { level: 1 })).toBeVisible();
    await demoPage.waitForLoadState("networkidle");
  }
  // Client-side work under the policy: a search through SWR on /book.
  await demoPage.goto("/book");
  await demoPage.waitForLoadState("networkidle");
  await axeCheck(demoPage);
  expect(violations).toEqual([]);
});

test("new passwords: a strength hint as you type, dictionaries loaded only then, common passwords refused", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto("/sign-up");
  await page.waitForLoadState("networkidle");
  const before = scripts.length;
  const password = page.getByLabel("Password", { exact: true });
  await password.fill("password1234");
  const hint = page.getByTestId("password-strength");
  await expect(hint).toContainText(/Strength: (Very weak|Weak)\./);
  await expect(hint).toContainText(/too easy to guess|common password/);
  // zxcvbn and its dictionaries arrive as separate chunks on first use, not with the page.
  expect(scripts.length).toBeGreaterThan(before);
  await password.fill("violet kettle harbour 47");
  await expect(hint).toContainText(/Strength: (Strong|Very strong)\. Good choice\./);

  // The server applies the same rule.
  const user = newUserData({ password: "password1234" });
  await page.getByLabel("First name").fill(user.givenName);
  await page.getByLabel("Last name").fill(user.familyName);
  await page.getByLabel("Email").fill(user.email);
  await password.fill(user.password);
  await page.getByLabel(/13 or over/i).check();
  await page.getByRole("button", { name: /create account/i }).click();
  await expect(page.getByText(/That password is (too easy to guess|on a list of common passwords)/).first()).toBeVisible();
  await expect(password).toHaveAttribute("aria-invalid", "true");
});
