import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nextServerPid } from "./memory";
import { startProcess, waitForHttp } from "./processes";

const root = path.resolve(__dirname, "../..");

export interface EmptyApp {
  base: string;
  serverPid: () => number | undefined;
  stop: () => Promise<void>;
}

/**
 * The baseline: the smallest dynamic App Router page (`await headers()`), built by the same
 * Next.js and started with `next start`. It is built outside the repo (node_modules hard-linked
 * in) because Turbopack, run inside it, adopts the portal's proxy and instrumentation files.
 */
export async function startEmptyApp(port: number): Promise<EmptyApp> {
  const workDir = mkdtempSync(path.join(tmpdir(), "empty-next-app-"));
  const remove = () => rmSync(workDir, { recursive: true, force: true });
  try {
    cpSync(path.join(root, "bench/empty-app"), workDir, {
      recursive: true,
      filter: (src) => !/[\\/](\.next[^\\/]*|next-env\.d\.ts)$/.test(src),
    });
    writeFileSync(path.join(workDir, "package.json"), JSON.stringify({ name: "empty-next-app", private: true }));
    const link = spawnSync("cp", ["-al", path.join(root, "node_modules"), path.join(workDir, "node_modules")]);
    if (link.status !== 0) cpSync(path.join(root, "node_modules"), path.join(workDir, "node_modules"), { recursive: true });
    const nextBin = path.join(workDir, "node_modules/next/dist/bin/next");
    const env = { ...process.env, NEXT_DIST_DIR: ".next", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: workDir, env, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`empty app build failed:\n${build.stdout}\n${build.stderr}`);
    const server = startProcess(process.execPath, [nextBin, "start", "-p", String(port)], env, workDir);
    const base = `http://127.0.0.1:${port}`;
    const stop = async () => {
      await server.stop();
      remove();
    };
    try {
      await waitForHttp(`${base}/`, 60_000, server);
    } catch (error) {
      await stop();
      throw error;
    }
    return { base, serverPid: () => nextServerPid(server.child.pid!), stop };
  } catch (error) {
    remove();
    throw error;
  }
}
