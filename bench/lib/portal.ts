import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nextServerPid } from "./memory";
import { signIn } from "./portal-session";
import { startProcess, waitForHttp } from "./processes";

const root = path.resolve(__dirname, "../..");
export const SANDBOX_KEY = "sandbox-api-key";

export interface BenchPortal {
  base: string;
  /** Session cookie of the sandbox's demo customer. */
  cookie: string;
  /** The sandbox's admin API (faults, orders). */
  admin: (p: string, init?: RequestInit) => Promise<Response>;
  setFaults: (rules: unknown[]) => Promise<void>;
  /** The Next.js server's process id (for its resident memory). */
  serverPid: () => number | undefined;
  stop: () => Promise<void>;
}

/**
 * The portal as `npm start` runs it (own build in `.next-bench-portal` or BENCH_DIST_DIR, throwaway data dir, the
 * embedded sandbox), signed in as the demo customer. `env` adds e.g. DATABASE_URL or NODE_OPTIONS.
 */
export async function startPortal(opts: {
  port: number;
  sandboxPort: number;
  env?: Record<string, string | undefined>;
  /** Another checkout to run the portal from (its own node_modules and build), e.g. a git worktree on another Next.js. */
  root?: string;
}): Promise<BenchPortal> {
  // BENCH_PORT / BENCH_SANDBOX_PORT move the portal when something else holds the default ports.
  const port = Number(process.env.BENCH_PORT) || opts.port;
  const sandboxPort = Number(process.env.BENCH_SANDBOX_PORT) || opts.sandboxPort;
  const dataDir = mkdtempSync(path.join(tmpdir(), "portal-bench-"));
  const cwd = opts.root ?? root;
  const portal = startProcess(
    process.execPath,
    [path.join(cwd, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
    {
      PORT: String(port),
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_SMTP_PORT: String(sandboxPort + 15),
      DATA_DIR: dataDir,
      // BENCH_DIST_DIR: another build, for a second bench run beside the first.
      NEXT_DIST_DIR: process.env.BENCH_DIST_DIR || ".next-bench-portal",
      ...opts.env,
    },
    cwd,
  );
  const base = `http://127.0.0.1:${port}`;
  const sandboxBase = `http://127.0.0.1:${sandboxPort}`;
  const admin = (p: string, init: RequestInit = {}) =>
    fetch(sandboxBase + p, { ...init, headers: { "X-API-KEY": SANDBOX_KEY, "Content-Type": "application/json" } });
  const stop = async () => {
    await portal.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${base}/api/health`, 15 * 60_000, portal);
    const cookie = await signIn(base, "demo@example.com", "sandbox-demo-2026");
    return {
      base,
      cookie,
      admin,
      setFaults: async (rules) => {
        const res = await admin("/admin/faults", { method: "PUT", body: JSON.stringify({ rules }) });
        if (!res.ok) throw new Error(`PUT /admin/faults answered ${res.status}`);
      },
      serverPid: () => nextServerPid(portal.child.pid!),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
