// Preloaded (NODE_OPTIONS=--require) into the portal's processes: in the Next.js server
// (scripts/serve.mjs) it writes where the resident memory is to MEMORY_STATS_FILE every second —
// the JS heap, ArrayBuffers, and the WebAssembly memories (PGlite's Postgres lives in one), which
// process.memoryUsage() does not name. With --expose-gc, SIGUSR2 collects garbage first and writes
// at once (what is still reachable), plus a heap snapshot into MEMORY_SNAPSHOT_DIR when that is set.
const { writeFileSync } = require("node:fs");
const path = require("node:path");
const v8 = require("node:v8");

if (process.argv.some((a) => /scripts[\\/]serve\.mjs$/.test(a)) && process.env.MEMORY_STATS_FILE) {
  const memories = [];
  const Memory = WebAssembly.Memory;
  WebAssembly.Memory = new Proxy(Memory, {
    construct(target, args, newTarget) {
      const memory = Reflect.construct(target, args, newTarget === WebAssembly.Memory ? target : newTarget);
      memories.push(new WeakRef(memory));
      return memory;
    },
  });
  const write = () => {
    let wasm = 0;
    let count = 0;
    for (const ref of memories) {
      const memory = ref.deref();
      if (!memory) continue;
      count++;
      wasm += memory.buffer.byteLength;
    }
    const usage = process.memoryUsage();
    writeFileSync(process.env.MEMORY_STATS_FILE, JSON.stringify({ ...usage, wasm, wasmMemories: count, at: Date.now() }));
  };
  setInterval(write, 1000).unref();
  process.on("SIGUSR2", () => {
    if (typeof global.gc === "function") global.gc();
    write();
    if (process.env.MEMORY_SNAPSHOT_DIR)
      v8.writeHeapSnapshot(path.join(process.env.MEMORY_SNAPSHOT_DIR, `next-server-${Date.now()}.heapsnapshot`));
  });
}
