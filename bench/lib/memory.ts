import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: number): number | undefined {
  try {
    // The command name may hold spaces and parentheses; the fields after the last ")" do not.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * The Next.js server below a process we started (it names itself `next-server`); the sandbox and
 * the start script live in other processes, so their memory is not counted.
 */
export function nextServerPid(root: number): number | undefined {
  return descendants(root).find((pid) => commandLine(pid).startsWith("next-server"));
}

/** Resident memory in MB (VmRSS of /proc/<pid>/status), or undefined off Linux. */
export function residentMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface MemoryBreakdown {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  wasm: number;
  /** WebAssembly memories still alive (PGlite's; a fresh data directory adds initdb's until it is collected). */
  wasmMemories?: number;
}

/** What bench/lib/memory-preload.cjs last wrote for the server (bytes), or undefined. */
export function memoryBreakdown(file: string): MemoryBreakdown | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as MemoryBreakdown;
  } catch {
    return undefined;
  }
}

/** "JS heap 120 MB (used 80), WebAssembly 300 MB (2), ArrayBuffers 10 MB" */
export function describeBreakdown(b: MemoryBreakdown | undefined): string {
  if (!b) return "";
  const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
  return `JS heap ${mb(b.heapTotal)} (used ${mb(b.heapUsed)}), WebAssembly ${mb(b.wasm)}${b.wasmMemories ? ` (${b.wasmMemories})` : ""}, ArrayBuffers ${mb(b.arrayBuffers)}`;
}

/** CPU time (user + system) the process has used, in ms (Linux: /proc/<pid>/stat, 100 ticks a second). */
export function cpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
