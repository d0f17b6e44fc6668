import { spawnSync } from "node:child_process";
import { existsSync, utimesSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

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
    env: { ...process.env, NEXT_DIST_DIR: distDir, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error(`the portal's build into ${distDir} failed`);
}

/** scripts/start.ts rebuilds when any source is newer than BUILD_ID: other work in the tree must not. */
export function keepBuild(distDir: string, buildRoot = root) {
  const now = new Date();
  utimesSync(path.join(buildRoot, distDir, "BUILD_ID"), now, now);
}
