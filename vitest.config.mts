import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside React Server Components; in tests the code runs in plain Node.
      "server-only": fileURLToPath(new URL("./tests/support/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // `npx vitest run --project unit` runs only the tests that need no server and no database.
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // Against PGlite (and Postgres when TEST_DATABASE_URL is set) or a sandbox started in the test.
      { extends: true, test: { name: "integration", include: ["tests/integration/**/*.integration.test.ts"] } },
      // The sandbox's HTTP API against imin's contract and examples.
      { extends: true, test: { name: "contract", include: ["tests/contract/**/*.test.ts"] } },
    ],
  },
});
