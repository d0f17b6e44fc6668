/**
 * `npx tsx scripts/scale.ts [--instances=N]`: N portal instances (default 2) behind HAProxy
 * (installed from Debian's packages when missing) on one Postgres (DATABASE_URL, required), with the
 * sandbox as imin. Uses the production build in NEXT_DIST_DIR (default .next). Ctrl+C stops all.
 * Ports: PORT (load balancer, 3000), instances from PORT+1, sandbox SANDBOX_PORT (4010).
 */
import { startSandbox } from "../sandbox/main";
import { startCluster } from "./support/cluster";

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("scale: set DATABASE_URL: several instances share one Postgres (the embedded database is one process's).");
    process.exit(1);
  }
  const instances = Number(process.argv.find((a) => a.startsWith("--instances="))?.slice(12) ?? 2);
  const port = Number(process.env.PORT ?? 3000);
  const webhookKey = process.env.IMIN_WEBHOOK_API_KEY ?? "scale-webhook-key";
  const sandbox = await startSandbox({
    port: Number(process.env.SANDBOX_PORT ?? 4010),
    apiKey: "sandbox-api-key",
    quiet: true,
    webhookUrl: `http://127.0.0.1:${port}/api/webhooks/imin`,
    webhookApiKey: webhookKey,
  });
  const cluster = await startCluster({
    instances,
    port,
    instancePorts: Array.from({ length: instances }, (_, i) => port + 1 + i),
    databaseUrl,
    distDir: process.env.NEXT_DIST_DIR ?? ".next",
    iminUrl: sandbox.url,
    iminKey: "sandbox-api-key",
    webhookKey,
  });
  console.info(
    `scale: ${instances} instance(s) (${cluster.instances.join(", ")}) behind HAProxy at ${cluster.url}; sandbox ${sandbox.url}`,
  );
  const stop = async () => {
    await cluster.stop();
    await sandbox.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((e) => {
  console.error(`scale: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
