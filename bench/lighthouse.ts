/**
 * `npm run bench -- --only=lighthouse`: Lighthouse 12 (mobile preset: simulated slow 4G and a 4x
 * slower CPU) on /, /sign-in, /bookings, /book and /account, signed in through the session cookie;
 * then its SEO category on a public session page, signed out.
 * Debian's Chromium is launched through chrome-launcher (no browser is downloaded). Prints the
 * performance score, CLS, LCP and TBT of each page against the targets (>= 98, CLS < 0.05).
 *
 * Lighthouse 12 has no PWA category any more, so installability is checked here with what Chrome
 * itself decides on (DevTools' Page.getInstallabilityErrors and Page.getAppManifest) plus the
 * service worker: registered for scope "/", active, and controlling the page after a reload.
 * LIGHTHOUSE_RUNS=<n> takes the median of n runs per page; LIGHTHOUSE_KEEP=<dir> keeps each report.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../scripts/support/chromium";
import type { EmptyApp } from "./lib/empty-app";
import type { BenchPortal } from "./lib/portal";

type Report = (line: string) => void;

const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];
const PAGES: { path: string; signedIn: boolean }[] = [
  { path: "/", signedIn: false },
  { path: "/sign-in", signedIn: false },
  { path: "/bookings", signedIn: true },
  { path: "/book", signedIn: true },
  { path: "/account", signedIn: true },
];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS) || 1;

interface PageResult {
  score: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  ttfbMs: number;
}

async function lighthouseRun(url: string, port: number, cookie?: string): Promise<PageResult> {
  const { default: lighthouse } = await import("lighthouse");
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (process.env.LIGHTHOUSE_KEEP) {
    writeFileSync(path.join(process.env.LIGHTHOUSE_KEEP, `${new URL(url).pathname.replaceAll("/", "_") || "_"}.json`), JSON.stringify(lhr));
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    cls: audit("cumulative-layout-shift"),
    lcpMs: audit("largest-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    fcpMs: audit("first-contentful-paint"),
    ttfbMs: audit("server-response-time"),
  };
}

/**
 * Lighthouse's SEO category on a public session page, signed out (issue 27: target >= 95), on a
 * session made for the run through the sandbox's admin API.
 */
async function seoOfSessionPage(report: Report, portal: BenchPortal, port: number) {
  const made = await portal.admin("/admin/sessions", {
    method: "POST",
    body: JSON.stringify({
      seller: "northern-active",
      name: "Evening Vinyasa Yoga",
      offers: [{ name: "Adult", pricePence: 650, ageMin: 16 }],
    }),
  });
  if (!made.ok) return report(`lighthouse seo       failed: no session (${made.status})`);
  const { session } = (await made.json()) as { session: { id: string } };
  const { default: lighthouse } = await import("lighthouse");
  const result = await lighthouse(`${portal.base}/book/${encodeURIComponent(session.id)}`, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["seo"],
  });
  const seo = result?.lhr.categories.seo;
  const score = Math.round((seo?.score ?? 0) * 100);
  const failed = (seo?.auditRefs ?? []).filter((a) => (result?.lhr.audits[a.id]?.score ?? 1) < 1).map((a) => a.id);
  report(
    `lighthouse /book/[sessionId] seo ${score}${failed.length ? ` (failed: ${failed.join(", ")})` : ""}  (target >= 95)${score >= 95 ? "" : "  MISSED"}`,
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Chrome's installability verdict for the portal, and the service worker it registers (signed-in
 * pages register it). A persistent profile: Chrome never offers to install from an incognito one.
 */
async function installability(report: Report, portal: BenchPortal) {
  const profile = mkdtempSync(path.join(tmpdir(), "portal-pwa-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROME_FLAGS.filter((f) => f !== "--headless=new"),
    baseURL: portal.base,
  });
  try {
    const { hostname } = new URL(portal.base);
    await context.addCookies(
      portal.cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: hostname, path: "/" };
      }),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/bookings", { waitUntil: "load" });
    const link = await page.locator('link[rel="manifest"]').getAttribute("href");
    const sw = await page.evaluate(async () => {
      const registration = await Promise.race([
        navigator.serviceWorker.ready,
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 10_000)),
      ]);
      return registration ? { scope: registration.scope, active: registration.active?.state ?? "none" } : undefined;
    });
    await page.reload({ waitUntil: "load" });
    const controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
      installabilityErrors: { errorId: string }[];
    };
    const { errors: manifestErrors, data } = (await cdp.send("Page.getAppManifest")) as {
      errors: { message: string; critical: number }[];
      data?: string;
    };
    const manifest = data
      ? (JSON.parse(data) as { name?: string; display?: string; start_url?: string; icons?: { sizes?: string }[] })
      : {};
    const sizes = (manifest.icons ?? []).map((i) => i.sizes).join(", ");
    report(
      `pwa      manifest ${link ?? "none"}: name "${manifest.name ?? ""}", display ${manifest.display ?? "-"}, start_url ${manifest.start_url ?? "-"}, icons ${sizes || "none"}; ${manifestErrors.length} manifest errors${
        manifestErrors.length ? ` (${manifestErrors.map((e) => e.message).join("; ")})` : ""
      }`,
    );
    report(
      `pwa      service worker on /bookings: ${sw ? `scope ${new URL(sw.scope).pathname}, ${sw.active}` : "none registered within 10 s"}; controls the page after a reload: ${controlled ? "yes" : "no"}`,
    );
    report(
      `pwa      installable (Chrome's Page.getInstallabilityErrors): ${
        installabilityErrors.length ? `no: ${installabilityErrors.map((e) => e.errorId).join(", ")}` : "yes, no errors"
      }  (target: installable)`,
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function lighthouseSection(report: Report, portal: BenchPortal, emptyApp: EmptyApp) {
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    // The empty dynamic page of the same Next.js first: on a loaded machine its score shows how
    // much of a low one is the machine (TBT is measured CPU time, multiplied by the mobile preset).
    for (const page of [
      { path: "/", signedIn: false, base: emptyApp.base, label: "empty /" },
      ...PAGES.map((p) => ({ ...p, base: portal.base, label: p.path })),
    ]) {
      const runs: PageResult[] = [];
      const run = () => lighthouseRun(page.base + page.path, chrome.port, page.signedIn ? portal.cookie : undefined);
      // Lighthouse sometimes loses the trace on a loaded machine (NO_NAVSTART): such a run is repeated once.
      const runOnce = () => run().catch(() => run());
      try {
        // One run first to warm the server's code paths and caches (not counted).
        await runOnce();
        for (let i = 0; i < RUNS; i++) runs.push(await runOnce());
      } catch (error) {
        report(`lighthouse ${page.label.padEnd(10)} failed: ${error instanceof Error ? error.message.slice(0, 200) : error}`);
        continue;
      }
      const pick = (key: keyof PageResult) => median(runs.map((r) => r[key]));
      const score = pick("score");
      const cls = pick("cls");
      report(
        `lighthouse ${page.label.padEnd(10)} performance ${String(score).padStart(3)}  CLS ${cls.toFixed(3)}  LCP ${(pick("lcpMs") / 1000).toFixed(2)} s  TBT ${pick("tbtMs").toFixed(0)} ms  FCP ${(pick("fcpMs") / 1000).toFixed(2)} s  server ${pick("ttfbMs").toFixed(0)} ms  (target >= 98, CLS < 0.05)${
          score >= 98 && cls < 0.05 ? "" : "  MISSED"
        }`,
      );
    }
    await seoOfSessionPage(report, portal, chrome.port);
  } finally {
    chrome.kill();
  }
  await installability(report, portal);
}
