import { spawnSync } from "node:child_process";
import { existsSync, utimesSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const WEBPACK_BUILD_ENV = {
  IMIN_API_KEY: "sandbox-api-key",
  IMIN_WEBHOOK_API_KEY: "bench-build-webhook-key",
  IMIN_CHECKOUT_URL: "http://localhost:4010",
  IMIN_SANDBOX: "true",
  AUTH_SECRET: "bench-build-secret-not-used-at-run-time",
};

/**
 * The production build a section measures, in its own dist dir: made when it has no BUILD_ID (a fresh
 * clone) or when `rebuild` is set, otherwise used as it is; `args` go to `next build` (`--webpack`).
 * Sections that start `next start` themselves (scale, visit, render) call it first, so none stops at
 * "Could not find a production build".
 */
export function ensureBuild(
  distDir: string,
  report: (line: string) => void,
  rebuild = false,
  args: string[] = [],
  /** Another checkout (its own node_modules), e.g. a git worktree on another Next.js. */
  buildRoot = root,
) {
  if (!rebuild && existsSync(path.join(buildRoot, distDir, "BUILD_ID"))) return;
  report(
    `bench    building the portal into ${distDir}${buildRoot === root ? "" : ` in ${buildRoot}`}${args.length ? ` (next build ${args.join(" ")})` : ""}…`,
  );
  const build = spawnSync(process.execPath, [path.join(buildRoot, "node_modules/next/dist/bin/next"), "build", ...args], {
    cwd: buildRoot,
    env: {
      // `next build --webpack` prerenders /_global-error through the root layout, which reads the portal's
      // configuration: placeholders for the sandbox setup (`npm start` sets the real values when it runs).
      ...(args.includes("--webpack") ? WEBPACK_BUILD_ENV : {}),
      ...process.env,
      NEXT_DIST_DIR: distDir,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error(`the portal's build into ${distDir} failed`);
}

/** scripts/start.ts rebuilds when any source is newer than BUILD_ID: other work in the tree must not. */
export function keepBuild(distDir: string, buildRoot = root) {
  const now = new Date();
  utimesSync(path.join(buildRoot, distDir, "BUILD_ID"), now, now);
}
