/**
 * `npm test`: every test — unit, contract and database (vitest), then one production build and the
 * browser tests (Playwright) against it. Ends with one plain line:
 *   tests: N passed, N failed[, N skipped]
 * and a non-zero exit code when anything failed. `--only=unit` or `--only=e2e` runs one half.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { CHROMIUM_PATH } from "./support/chromium";

const root = path.resolve(__dirname, "..");
process.chdir(root);
const only = process.argv.find((a) => a.startsWith("--only="))?.split("=")[1];
if (only && only !== "unit" && only !== "e2e") {
  console.error(`Unknown --only=${only} (use unit or e2e)`);
  process.exit(2);
}
const outDir = path.join(root, ".test-output");
mkdirSync(outDir, { recursive: true });
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const add = (t: Tally) => {
  total.passed += t.passed;
  total.failed += t.failed;
  total.skipped += t.skipped;
};

function run(cmd: string, args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } as NodeJS.ProcessEnv });
  return result.status ?? 1;
}

function readJson(file: string): any {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function unitTests() {
  const report = path.join(outDir, `vitest-${process.pid}.json`);
  rmSync(report, { force: true });
  console.log("\n== unit, contract and database tests (vitest) ==");
  const code = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
  const json = readJson(report);
  if (!json) {
    add({ passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const tally = {
    passed: json.numPassedTests ?? 0,
    failed: (json.numFailedTests ?? 0) + (code !== 0 && !json.numFailedTests ? 1 : 0),
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
  // A suite that fails to load has no failed tests but fails the run.
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  add(tally);
}

function ensureChromium(): boolean {
  const chromium = CHROMIUM_PATH;
  if (existsSync(chromium)) return true;
  if (process.getuid?.() === 0) {
    console.log("\n== installing Debian's chromium ==");
    const code = run("bash", ["-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium"]);
    if (code === 0 && existsSync(chromium)) return true;
  }
  console.error(`Chromium is missing at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  return false;
}

function browserTests() {
  if (!ensureChromium()) {
    add({ passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const distDir = process.env.E2E_DIST_DIR ?? ".next-test";
  console.log(`\n== production build (${distDir}) ==`);
  const build = run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    NEXT_DIST_DIR: distDir,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  if (build !== 0) {
    console.error("The build failed: browser tests not run.");
    add({ passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const report = path.join(outDir, `playwright-${process.pid}.json`);
  rmSync(report, { force: true });
  console.log("\n== browser tests (Playwright) ==");
  const code = run(bin("playwright"), ["test"], {
    E2E_DIST_DIR: distDir,
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const stats = readJson(report)?.stats;
  if (!stats) {
    add({ passed: 0, failed: 1, skipped: 0 });
    return;
  }
  if (stats.flaky) {
    console.log(
      `\n${stats.flaky} browser test(s) failed once and passed on their second try (flaky, marked "flaky" in the list above): fix them.`,
    );
  }
  const tally = {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
  // Global setup failing (or other runner errors) fails the run even with no failed test.
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  add(tally);
}

if (only !== "e2e") unitTests();
if (only !== "unit") browserTests();

const line = `tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`;
console.log(`\n${line}`);
process.exit(total.failed > 0 ? 1 : 0);
