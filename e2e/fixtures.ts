/**
 * Shared Playwright fixtures. A spec imports `test` and `expect` from here:
 *
 *   import { test, expect } from "./fixtures";
 *
 *   test("shows upcoming bookings", async ({ demoPage, sandboxAdmin, axeCheck }) => {
 *     await sandboxAdmin.reset();                      // fresh seeded sandbox (only when you mutate it)
 *     await demoPage.goto("/bookings");                // already signed in as demo@example.com
 *     await expect(demoPage.getByRole("heading", { level: 1 })).toHaveText(/bookings/i);
 *     await axeCheck(demoPage);                         // fails on serious/critical axe violations
 *   });
 *
 *   test("a new person", async ({ page, signUpNewUser }) => {
 *     const user = await signUpNewUser();              // signs up on `page`, opens the mailed link there (signed in), then /account
 *   });
 *
 * - `page` is signed out; `demoPage` carries the demo customer's session (saved once by auth.setup.ts).
 * - `sandboxAdmin` talks to the sandbox with the e2e API key: `get/post/put/del(path, body?)` return
 *   `{ status, body }`; `reset(seed?)` restores the seed data and clock; `customer(id)` reads a
 *   Customer Account as imin would return it.
 * - Global setup runs one sandbox (E2E_SANDBOX_PORT, 4510) and one portal (E2E_PORTAL_PORT, 3510) from
 *   the production build in E2E_DIST_DIR (.next-test); the sandbox's webhooks go to the portal's
 *   /api/webhooks/imin with `E2E.webhookKey`. Specs run in one worker, in file order.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { E2E, sandboxUrl } from "./support/env";
import { SignUpPage, type NewUser } from "./pages/sign-up-page";

export interface SandboxAdmin {
  url: string;
  get<T = any>(path: string): Promise<{ status: number; body: T }>;
  post<T = any>(path: string, body?: unknown): Promise<{ status: number; body: T }>;
  put<T = any>(path: string, body?: unknown): Promise<{ status: number; body: T }>;
  del<T = any>(path: string): Promise<{ status: number; body: T }>;
  reset(seed?: number): Promise<void>;
  customer(identifier: string): Promise<any>;
}

export function sandboxAdminClient(url = sandboxUrl(), key = E2E.apiKey): SandboxAdmin {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { "X-API-KEY": key, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed };
  };
  return {
    url,
    get: (p) => call("GET", p),
    post: (p, b) => call("POST", p, b ?? {}),
    put: (p, b) => call("PUT", p, b ?? {}),
    del: (p) => call("DELETE", p),
    async reset(seed) {
      const r = await call("POST", "/admin/reset", seed === undefined ? {} : { seed });
      if (r.status >= 300) throw new Error(`sandbox reset failed: ${r.status}`);
    },
    async customer(identifier) {
      const r = await call("GET", `/api/v2/customer-accounts/${encodeURIComponent(identifier)}`);
      return r.status === 200 ? r.body : undefined;
    },
  };
}

/** Fails the test on serious or critical axe violations, listing them. */
async function axeCheck(page: Page, opts: { exclude?: string[] } = {}) {
  // After an in-app navigation Next.js puts the new page's <title> in place when its metadata has
  // streamed in, which can be after the content: wait for it, as a person would see it in the tab.
  await expect(page).toHaveTitle(/\S/);
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  for (const sel of opts.exclude ?? []) builder = builder.exclude(sel);
  const results = await builder.analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
    `axe violations on ${page.url()}`,
  ).toEqual([]);
}

let counter = 0;
export function newUserData(overrides: Partial<NewUser> = {}): NewUser {
  const id = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    givenName: "Robin",
    familyName: `Tester${id.slice(-4)}`,
    email: `e2e-${id}@example.com`,
    password: `violet ${id} harbour lantern`,
    telephone: "07700 900123",
    birthDate: "1990-05-17",
    ...overrides,
  };
}

type Fixtures = {
  demoPage: Page;
  sandboxAdmin: SandboxAdmin;
  axeCheck: (page: Page, opts?: { exclude?: string[] }) => Promise<void>;
  signUpNewUser: (overrides?: Partial<NewUser>, page?: Page) => Promise<NewUser>;
};

export const test = base.extend<Fixtures>({
  demoPage: async ({ browser }, use) => {
    const context = await browser.newContext({ storageState: E2E.storageState });
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
  sandboxAdmin: async ({}, use) => {
    await use(sandboxAdminClient());
  },
  axeCheck: async ({}, use) => {
    await use(axeCheck);
  },
  signUpNewUser: async ({ page }, use) => {
    await use(async (overrides = {}, target = page) => {
      const user = newUserData(overrides);
      // Confirmed in the browser that signed up: signed in on the home page; the specs start from the account page.
      await new SignUpPage(target).signUpAndConfirm(sandboxAdminClient(), user);
      await target.goto("/account");
      return user;
    });
  },
});

export { expect };
export { E2E } from "./support/env";
