import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const fromRoot = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/**
 * Bundles lib/pwa/service-worker.ts (Serwist) into public/sw.js. next.config.mjs calls it when Next
 * starts a production build, so `next build` alone (as CI, `npm start` and the bench run it)
 * ships a current worker; @serwist/next's webpack plugin does not run under Turbopack.
 */
export function buildServiceWorker() {
  buildSync({
    entryPoints: [fromRoot("lib/pwa/service-worker.ts")],
    outfile: fromRoot("public/sw.js"),
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    logLevel: "warning",
    define: {
      SW_REVISION: JSON.stringify(String(Date.now())),
      "process.env.NODE_ENV": JSON.stringify("production"),
    },
  });
}
