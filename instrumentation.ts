export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startUp } = await import("@/lib/startup");
    await startUp();
    const { publishOidcHandler } = await import("@/lib/oidc/handler");
    await publishOidcHandler();
  }
}
