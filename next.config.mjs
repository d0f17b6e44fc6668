/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several builds can live side by side (tests, benchmarks, parallel work) when NEXT_DIST_DIR is set.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The build type-checks the product only (tests and specs: `npm run typecheck`).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "bwip-js"],
};

export default nextConfig;
