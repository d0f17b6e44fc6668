import { execFile } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

// Run by `node -e` in the portal's working directory (where its node_modules are): opens the
// directory given, which PGlite initialises (initdb) when it is empty, applies the migrations when
// a folder is given, and closes it.
const CREATE = `
const { PGlite } = require("@electric-sql/pglite");
const [dir, startParams, migrationsFolder] = process.argv.slice(1);
(async () => {
  const pg = new PGlite(dir, { startParams: JSON.parse(startParams) });
  await pg.waitReady;
  if (migrationsFolder) {
    const { drizzle } = require("drizzle-orm/pglite");
    const { migrate } = require("drizzle-orm/pglite/migrator");
    await migrate(drizzle(pg), { migrationsFolder });
  }
  await pg.close();
})().catch((e) => {
  console.error(e && e.message ? e.message : String(e));
  process.exit(1);
});
`;

function runChild(args: string[]): Promise<string | undefined> {
  const env = { ...process.env };
  // Profilers and memory probes preloaded into the server have no business in this child.
  delete env.NODE_OPTIONS;
  return new Promise((resolve) => {
    execFile(process.execPath, ["-e", CREATE, ...args], { cwd: process.cwd(), env, timeout: 180_000 }, (error, _stdout, stderr) =>
      resolve(error ? (stderr || error.message).trim().slice(0, 200) : undefined),
    );
  });
}

/**
 * Makes a new PGlite database in `dir` (initdb, then the migrations when `migrationsFolder` is
 * given) in a short-lived child process, when `dir` holds none yet. Done in the portal's own
 * process, initdb runs in a second PGlite WebAssembly instance (plus a copy of its heap) that stays
 * resident until a major garbage collection, which an idle server may not run for a long time, and
 * the first migrations grow the WebAssembly memory for good: ~500 MB more resident after every fresh
 * start, and `npm start` in sandbox mode always starts fresh. A child gives that memory back when it
 * exits. The database is made beside `dir` and moved into place only when complete; if the child
 * fails, PGlite in this process does the work, as before.
 */
export async function createPgliteDataDir(dir: string, opts: { startParams: string[]; migrationsFolder?: string }): Promise<void> {
  if (existsSync(path.join(dir, "PG_VERSION"))) return;
  if (existsSync(dir) && readdirSync(dir).length > 0) return; // something else is there: PGlite will say what
  const fresh = `${dir}.new-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  const failure = await runChild([fresh, JSON.stringify(opts.startParams), ...(opts.migrationsFolder ? [opts.migrationsFolder] : [])]);
  if (failure === undefined && existsSync(path.join(fresh, "PG_VERSION"))) {
    rmSync(dir, { recursive: true, force: true });
    renameSync(fresh, dir);
    return;
  }
  rmSync(fresh, { recursive: true, force: true });
  console.warn(`database: creating it in a child process failed, creating it here (${failure ?? "no database made"})`);
}
