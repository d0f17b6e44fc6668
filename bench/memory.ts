/**
 * `npm run bench -- --only=memory`: does the server keep memory per request? Heap snapshots of the
 * Next.js server after garbage collection, taken after a warm-up and again after MEMORY_REQUESTS
 * more signed-in /bookings requests (PROFILE_PAGE picks another page): the JS heap still in use
 * at each, the bytes kept per request, and which kinds of object grew (from the snapshots).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { describeBreakdown, memoryBreakdown, residentMb } from "./lib/memory";
import { startPortal } from "./lib/portal";

type Report = (line: string) => void;

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** Self size and count of every kind of object in a heap snapshot (constructor or node type). */
function heapByKind(file: string): Map<string, { bytes: number; count: number }> {
  const snapshot = JSON.parse(readFileSync(file, "utf8")) as HeapSnapshot;
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf("type");
  const nameAt = fields.indexOf("name");
  const sizeAt = fields.indexOf("self_size");
  const kinds = new Map<string, { bytes: number; count: number }>();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]!]!;
    const kind = type === "object" || type === "closure" ? `${type} ${snapshot.strings[snapshot.nodes[i + nameAt]!]}` : `(${type})`;
    const entry = kinds.get(kind) ?? { bytes: 0, count: 0 };
    entry.bytes += snapshot.nodes[i + sizeAt]!;
    entry.count++;
    kinds.set(kind, entry);
  }
  return kinds;
}

async function requests(url: string, amount: number, headers?: Record<string, string>) {
  await autocannon({ url, connections: 10, amount, headers, timeout: 60 });
}

export async function memory(report: Report, page = process.env.PROFILE_PAGE || "/bookings") {
  const amount = Number(process.env.MEMORY_REQUESTS) || 1000;
  const dir = mkdtempSync(path.join(tmpdir(), "portal-heap-"));
  const statsFile = path.join(dir, "memory.json");
  const portal = await startPortal({
    port: 3620,
    sandboxPort: 4621,
    env: {
      NODE_OPTIONS: `--expose-gc --require ${path.join(__dirname, "lib/memory-preload.cjs")}`,
      MEMORY_STATS_FILE: statsFile,
      MEMORY_SNAPSHOT_DIR: dir,
    },
  });
  const snapshot = async (label: string) => {
    const before = readdirSync(dir).filter((f) => f.endsWith(".heapsnapshot")).length;
    process.kill(portal.serverPid()!, "SIGUSR2");
    for (let i = 0; i < 600 && readdirSync(dir).filter((f) => f.endsWith(".heapsnapshot")).length === before; i++) {
      await new Promise((r) => setTimeout(r, 200));
    }
    // Written once the file is complete: wait for its size to settle.
    await new Promise((r) => setTimeout(r, 2000));
    const stats = memoryBreakdown(statsFile);
    report(`memory   ${label}: RSS ${residentMb(portal.serverPid())?.toFixed(0)} MB, after GC [${describeBreakdown(stats)}]`);
    return stats;
  };
  try {
    const headers = page === "/" || page === "/sign-in" ? undefined : { cookie: portal.cookie };
    await requests(portal.base + page, 200, headers);
    const before = await snapshot(`${page} after 200 warm-up requests`);
    await requests(portal.base + page, amount, headers);
    const after = await snapshot(`${page} after ${amount} more`);
    if (before && after) {
      report(
        `memory   JS heap kept per request: ${((after.heapUsed - before.heapUsed) / amount).toFixed(0)} bytes; WebAssembly grew ${((after.wasm - before.wasm) / 1048576).toFixed(0)} MB`,
      );
    }
  } finally {
    await portal.stop();
  }
  try {
    const [first, second] = readdirSync(dir)
      .filter((f) => f.endsWith(".heapsnapshot"))
      .sort()
      .map((f) => heapByKind(path.join(dir, f)));
    if (!first || !second) throw new Error("heap snapshots missing");
    const growth = [...second]
      .map(([kind, b]) => ({ kind, bytes: b.bytes - (first.get(kind)?.bytes ?? 0), count: b.count - (first.get(kind)?.count ?? 0) }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 12);
    report("memory   grew most between the snapshots (self size):");
    for (const g of growth)
      report(`  ${(g.bytes / 1024).toFixed(0).padStart(8)} KB  ${String(g.count).padStart(7)} objects  ${g.kind.slice(0, 100)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
