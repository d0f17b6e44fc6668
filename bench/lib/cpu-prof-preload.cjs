// Preloaded (NODE_OPTIONS=--require, which refuses --cpu-prof) into the portal's processes: in the
// Next.js server (scripts/serve.mjs) the first SIGUSR2 starts a CPU profile (after the warm-up, so
// start-up and first compiles stay out of it) and the second writes it to CPU_PROF_DIR.
const { Session } = require("node:inspector");
const { writeFileSync } = require("node:fs");
const path = require("node:path");

if (process.argv.some((a) => /scripts[\\/]serve\.mjs$/.test(a))) {
  const session = new Session();
  session.connect();
  let started = false;
  process.on("SIGUSR2", () => {
    if (!started) {
      started = true;
      session.post("Profiler.enable", () => session.post("Profiler.start"));
      return;
    }
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      writeFileSync(path.join(process.env.CPU_PROF_DIR, `next-server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
