import Module from "node:module";
import path from "node:path";

/**
 * Lets a script outside Next.js load the portal's server modules: `server-only` (which throws
 * outside a React Server Components bundle) is replaced by an empty module, and paths resolve from
 * the repository root. Call before importing anything from lib/.
 */
export function prepareStandalone(): void {
  process.chdir(path.resolve(__dirname, "../.."));
  const requireHere = Module.createRequire(__filename);
  const resolved = requireHere.resolve("server-only");
  const stub = new Module(resolved);
  stub.filename = resolved;
  stub.loaded = true;
  stub.exports = {};
  requireHere.cache[resolved] = stub;
}

const JOB_WORKERS_ADVICE = [
  "The embedded PGlite database can be opened by one process only, and the portal already runs the",
  "job workers inside it (its /api/health shows the job counts). To run workers in their own process,",
  "use Postgres: set DATABASE_URL for the portal and the worker, and JOBS_WORKERS=false for the portal.",
];

/**
 * The embedded PGlite database is a directory only one process may open. When the portal is
 * running on it, another process must not open it too: this says so (with `advice`, what to do
 * instead) and stops.
 */
export async function refuseSharedEmbeddedDatabase(command: string, advice = JOB_WORKERS_ADVICE): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const portal = process.env.PORTAL_URL || `http://localhost:${process.env.PORT || 3000}`;
  const running = await fetch(`${portal}/api/health`, { signal: AbortSignal.timeout(2000) })
    .then(() => true)
    .catch(() => false);
  if (!running) return;
  console.error([`${command}: the portal at ${portal} is running on the embedded database (no DATABASE_URL).`, ...advice].join("\n"));
  process.exit(1);
}
