/**
 * Runs the sandbox for the e2e suite in its own process (started with tsx by global setup, since
 * the sandbox is an ES module). Options come from the environment; prints READY <url> when up.
 */
import { startSandbox } from "../../sandbox/main";

async function main() {
  const sandbox = await startSandbox({
    port: Number(process.env.E2E_SANDBOX_PORT),
    smtpPort: Number(process.env.E2E_SMTP_PORT),
    apiKey: process.env.E2E_IMIN_API_KEY,
    webhookUrl: process.env.E2E_WEBHOOK_URL,
    webhookApiKey: process.env.E2E_WEBHOOK_KEY,
    erasureDelayMs: 200,
    quiet: true,
  });
  console.log(`READY ${sandbox.url}`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
