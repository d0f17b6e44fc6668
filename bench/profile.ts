/**
 * `npm run bench -- --only=profile`: a CPU profile (V8's, as `node --cpu-prof` takes it) of the Next.js server while
 * autocannon loads one signed-in page, summarised as ms of CPU per request: self time by function,
 * and by where the code comes from (self and inclusive). PROFILE_PAGE picks the page (/bookings);
 * PROFILE_KEEP=<file> keeps the .cpuprofile (Chromium's DevTools open it). PROFILE_ROOT=<checkout> profiles
 * another tree's build (PROFILE_DIST, default this one's dist dir name), to compare two trees' shares.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { summariseProfile } from "./lib/cpu-profile";
import { load } from "./lib/load";
import { startPortal } from "./lib/portal";

const SIGNED_OUT = ["/", "/sign-in", "/sign-up"];

export async function profilePage(
  report: (line: string) => void,
  distDir = ".next-bench-portal",
  page = process.env.PROFILE_PAGE || "/bookings",
) {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-cpu-prof-"));
  const portal = await startPortal({
    port: 3620,
    sandboxPort: 4621,
    root: process.env.PROFILE_ROOT ? path.resolve(process.env.PROFILE_ROOT) : undefined,
    env: {
      NODE_OPTIONS: `--require ${path.join(__dirname, "lib/cpu-prof-preload.cjs")}`,
      CPU_PROF_DIR: dir,
      NEXT_DIST_DIR: process.env.PROFILE_DIST || distDir,
    },
  });
  let requests = 0;
  try {
    // The signed-out pages are profiled as a visitor without a session sees them.
    const headers = SIGNED_OUT.includes(page) ? undefined : { cookie: portal.cookie };
    await load(portal.base + page, { headers, seconds: 3 });
    // The profile covers the measured load only (first SIGUSR2 starts it, the second writes it).
    process.kill(portal.serverPid()!, "SIGUSR2");
    const result = await load(portal.base + page, { headers, seconds: 10 });
    requests = result.requestsPerSecond * 10;
    process.kill(portal.serverPid()!, "SIGUSR2");
    for (let i = 0; i < 100 && !readdirSync(dir).length; i++) await new Promise((r) => setTimeout(r, 200));
    report(`profile  ${page}: ${result.requestsPerSecond.toFixed(0)} req/s under load (after a 3 s warm-up)`);
  } finally {
    await portal.stop();
  }
  try {
    const serverProfile = readdirSync(dir).map((f) => path.join(dir, f))[0];
    if (!serverProfile) throw new Error("no CPU profile written");
    if (process.env.PROFILE_KEEP) copyFileSync(serverProfile, process.env.PROFILE_KEEP);
    const summary = summariseProfile(serverProfile, requests);
    report(`profile  CPU per request: ${summary.busyMsPerRequest.toFixed(2)} ms`);
    for (const [title, rows] of [
      ["self time by function", summary.functions],
      ["self time by origin", summary.origins],
      ["inclusive time by origin", summary.inclusive],
    ] as const) {
      report(`profile  ${title}:`);
      for (const row of rows)
        report(`  ${row.msPerRequest.toFixed(2).padStart(6)} ms  ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.name}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
