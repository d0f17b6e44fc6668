export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // First, so start-up's own queries and calls are already traced, counted and logged.
    const { startObservability } = await import("@/lib/observability/start");
    await startObservability();
    const { startUp } = await import("@/lib/startup");
    await startUp();
    const { publishOidcHandler } = await import("@/lib/oidc/handler");
    await publishOidcHandler();
  }
}
