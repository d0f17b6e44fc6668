import { readdirSync, readFileSync } from "node:fs";

/**
 * Where a machine's CPU went during a stretch of time, by kind of process: the portal instances
 * (`next-server`), Postgres, HAProxy, this bench process (load generator and in-process sandbox) and
 * everything else. Read from /proc, so it sees processes that are not ours too (a busy neighbour
 * shows up as "other"). Linux only; elsewhere it reports nothing.
 */

type Sample = Map<number, { kind: string; ticks: number }>;

const TICK_MS = 10;

function kindOf(pid: number, comm: string): string {
  if (pid === process.pid) return "bench (load + sandbox)";
  if (comm.startsWith("next-server")) return "portal instances";
  if (comm === "postgres") return "postgres";
  if (comm === "haproxy") return "haproxy";
  return "other";
}

function sample(): Sample {
  const out: Sample = new Map();
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return out;
  }
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(pid, { kind: kindOf(pid, comm), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
}

/** Starts measuring; the returned function gives "portal instances 150%, postgres 20%, …" of one core. */
export function measureCpuSplit(): () => string {
  const before = sample();
  const started = Date.now();
  return () => {
    const after = sample();
    const wallMs = Math.max(1, Date.now() - started);
    const byKind = new Map<string, number>();
    for (const [pid, now] of after) {
      const used = (now.ticks - (before.get(pid)?.ticks ?? 0)) * TICK_MS;
      if (used > 0) byKind.set(now.kind, (byKind.get(now.kind) ?? 0) + used);
    }
    if (!byKind.size) return "not measured (no /proc)";
    return [...byKind.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([kind, ms]) => `${kind} ${Math.round((100 * ms) / wallMs)}%`)
      .join(", ");
  };
}
