/**
 * Runs the sandbox for the e2e suite in its own process (started with tsx by global setup, since
 * the sandbox is an ES module). Options come from the environment; prints READY <url> when up.
 */
import { loadBrokerConfig } from "../../lib/broker/config";
import { startSandbox } from "../../sandbox/main";
import { E2E } from "./env";

async function main() {
  const sandbox = await startSandbox({
    port: Number(process.env.E2E_SANDBOX_PORT),
    smtpPort: Number(process.env.E2E_SMTP_PORT),
    apiKey: process.env.E2E_IMIN_API_KEY,
    webhookUrl: process.env.E2E_WEBHOOK_URL,
    webhookApiKey: process.env.E2E_WEBHOOK_KEY,
    erasureDelayMs: 200,
    quiet: true,
    // The Card Details app signs in at the e2e portal (brands/default.json), the client startPortal registers.
    cardDetails: {
      issuer: process.env.E2E_PORTAL_URL!,
      clientId: E2E.cardDetails.clientId,
      clientSecret: E2E.cardDetails.clientSecret,
      brokerName: loadBrokerConfig("brands/default.json").name,
    },
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
