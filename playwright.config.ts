import { defineConfig } from "@playwright/test";
import { E2E, portalUrl } from "./e2e/support/env";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./scripts/support/chromium";

export default defineConfig({
  testDir: "./e2e",
  globalSetup: "./e2e/global-setup.ts",
  workers: Number(process.env.E2E_WORKERS ?? 1),
  fullyParallel: false,
  // In CI a test that fails is run once more; one that then passes is reported as flaky (scripts/test.ts
  // lists them) so it is fixed, not hidden. Locally: no second try.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Per portal port, so parallel runs in one tree keep their own traces.
  outputDir: `test-results/${E2E.portalPort}`,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: portalUrl(),
    browserName: "chromium",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-GB",
    timezoneId: "Europe/London",
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", testMatch: /.*\.spec\.ts/, dependencies: ["setup"] },
  ],
});
