import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

export interface Cluster {
  /** The load balancer's address: what customers and imin's webhooks use. */
  url: string;
  instances: string[];
  stop(): Promise<void>;
}

export interface ClusterOptions {
  instances: number;
  /** Load balancer port; instance i listens on instancePorts[i]. */
  port: number;
  instancePorts: number[];
  databaseUrl: string;
  /** A production build (`NEXT_DIST_DIR=… npx next build`). */
  distDir: string;
  /** imin: the sandbox (or real imin) every instance talks to. */
  iminUrl: string;
  iminKey: string;
  webhookKey: string;
  authSecret?: string;
  env?: Record<string, string>;
}

/** HAProxy from Debian's packages; installed with apt-get when missing (as root). */
function ensureHaproxy(): string {
  const found = spawnSync("sh", ["-c", "command -v haproxy || ls /usr/sbin/haproxy"], { encoding: "utf8" }).stdout.trim().split("\n")[0];
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error("HAProxy is not installed: run `sudo apt-get install -y haproxy`, then try again.");
  console.info("scale: installing HAProxy (apt-get install -y haproxy)…");
  spawnSync("apt-get", ["update"], { stdio: "inherit" });
  const install = spawnSync("apt-get", ["install", "-y", "haproxy"], { stdio: "inherit" });
  if (install.status !== 0) throw new Error("apt-get install haproxy failed");
  return "/usr/sbin/haproxy";
}

function haproxyConfig(port: number, backends: number[]): string {
  return [
    "global",
    "  maxconn 4096",
    "defaults",
    "  mode http",
    "  timeout connect 5s",
    "  timeout client 60s",
    "  timeout server 60s",
    // Clients beyond each server's maxconn wait in HAProxy's queue rather than piling onto Node.
    "  timeout queue 60s",
    "  timeout check 10s",
    "  option forwardfor",
    "frontend portal",
    `  bind 127.0.0.1:${port}`,
    "  default_backend instances",
    "backend instances",
    "  balance roundrobin",
    "  option httpchk GET /api/health",
    "  http-check expect rstatus ^(200|503)$",
    ...backends.map((p, i) => `  server portal${i + 1} 127.0.0.1:${p} check inter 2s fall 5 rise 2 maxconn 32`),
    "",
  ].join("\n");
}

function start(command: string, args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output: () => log };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode) return;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    return;
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
  if (child.exitCode === null) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

async function waitForHealth(url: string, proc: { child: ChildProcess; output: () => string }, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`${url} exited (${proc.child.exitCode}):\n${proc.output()}`);
    const status = await fetch(`${url}/api/health`)
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200 || status === 503) return;
    if (Date.now() > end) throw new Error(`${url} did not answer /api/health within ${timeoutMs / 1000}s:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * N portal instances (the production build, each with its job workers) on one Postgres, behind
 * HAProxy (round robin, health-checked). Instances start one after another: the first applies the
 * migrations and seeds the sandbox's demo login.
 */
export async function startCluster(opts: ClusterOptions): Promise<Cluster> {
  const haproxy = ensureHaproxy();
  const url = `http://127.0.0.1:${opts.port}`;
  const secret = opts.authSecret ?? randomBytes(32).toString("hex");
  const children: ChildProcess[] = [];
  const dataDirs: string[] = [];
  const stop = async () => {
    for (const child of children.reverse()) await stopChild(child);
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const ports = opts.instancePorts.slice(0, opts.instances);
    for (const port of ports) {
      const dataDir = mkdtempSync(path.join(tmpdir(), "portal-scale-"));
      dataDirs.push(dataDir);
      const proc = start(process.execPath, [path.join(root, "scripts/serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
        NODE_ENV: "production",
        NEXT_DIST_DIR: opts.distDir,
        PORT: String(port),
        PORTAL_URL: url,
        DATA_DIR: dataDir,
        DATABASE_URL: opts.databaseUrl,
        IMIN_API_KEY: opts.iminKey,
        IMIN_BOOKING_API_URL: `${opts.iminUrl}/api/v2`,
        IMIN_EVENTS_API_URL: `${opts.iminUrl}/events-api/v2`,
        IMIN_FACILITIES_API_URL: `${opts.iminUrl}/facilities-api/v2`,
        IMIN_FIREHOSE_URL: `${opts.iminUrl}/firehose`,
        IMIN_CHECKOUT_URL: opts.iminUrl,
        IMIN_WEBHOOK_API_KEY: opts.webhookKey,
        IMIN_SANDBOX: "true",
        IMIN_LOG: "silent",
        AUTH_SECRET: secret,
        AUTH_SECURE_COOKIES: "false",
        SEED_DEMO_LOGIN: "true",
        NEXT_TELEMETRY_DISABLED: "1",
        ...opts.env,
      });
      children.push(proc.child);
      await waitForHealth(`http://127.0.0.1:${port}`, proc, 120_000);
    }
    const configDir = mkdtempSync(path.join(tmpdir(), "portal-haproxy-"));
    dataDirs.push(configDir);
    const config = path.join(configDir, "haproxy.cfg");
    writeFileSync(config, haproxyConfig(opts.port, ports));
    const lb = start(haproxy, ["-db", "-f", config], {});
    children.push(lb.child);
    await waitForHealth(url, lb, 30_000);
    return { url, instances: ports.map((p) => `http://127.0.0.1:${p}`), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
