// Preloaded (NODE_OPTIONS=--require, which refuses --cpu-prof) into the portal's processes: in the
// Next.js server (scripts/serve.mjs) it records a CPU profile until SIGUSR2, then writes it to CPU_PROF_DIR.
const { Session } = require("node:inspector");
const { writeFileSync } = require("node:fs");
const path = require("node:path");

if (process.argv.some((a) => /scripts[\\/]serve\.mjs$/.test(a))) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable", () => session.post("Profiler.start"));
  process.on("SIGUSR2", () => {
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      writeFileSync(path.join(process.env.CPU_PROF_DIR, `next-server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
