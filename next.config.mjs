import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { buildServiceWorker } from "./scripts/build-service-worker.mjs";

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) {
    buildServiceWorker({ production: phase === PHASE_PRODUCTION_BUILD });
  }
  return {
    // Several builds can live side by side (tests, benchmarks, parallel work) when NEXT_DIST_DIR is set.
    distDir: process.env.NEXT_DIST_DIR || ".next",
    poweredByHeader: false,
    // The build type-checks the product only (tests and specs: `npm run typecheck`).
    typescript: { tsconfigPath: "tsconfig.build.json" },
    serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "bwip-js", "qrcode"],
  };
}
