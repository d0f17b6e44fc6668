import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite, type PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { Pool } from "pg";
import { traceQueries } from "@/lib/observability/db-spans";
import { createPgliteDataDir } from "./pglite-initdb";
import * as schema from "./schema";

/**
 * The two stores the portal runs on: embedded PGlite (a directory) or Postgres (a URL). Both get the
 * same migrations and the same query API; `Db` is typed as the PGlite flavour, which node-postgres
 * shares method for method.
 */
export type Db = PgliteDatabase<typeof schema>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
  /** A trivial round trip, for /api/health. */
  ping(): Promise<void>;
}

const migrationsFolder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "lib/db/migrations");

export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; migrate?: boolean }): Promise<Database> {
  let database: Database;
  if (opts.databaseUrl) {
    const pool = new Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on the next query.
    pool.on("error", (e) => console.error(`postgres: idle connection lost (${e.message})`));
    // A span per query inside a traced operation (every pooled query runs on one of these clients).
    pool.on("connect", (client) => traceQueries(client));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    database = {
      db,
      kind: "postgres",
      close: () => pool.end(),
      ping: async () => {
        await pool.query("select 1");
      },
    };
    if (opts.migrate !== false) await migratePg(db as never, { migrationsFolder });
  } else {
    const dir = opts.dataDir ? path.resolve(/*turbopackIgnore: true*/ opts.dataDir, "pglite") : undefined;
    // Postgres' default 128 MB buffer pool lives in PGlite's WebAssembly memory, inside this process:
    // the portal's database is small, and 16 MB keeps ~110 MB less resident (bench: --only=throughput).
    const options = { startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"] };
    if (dir) {
      mkdirSync(dir, { recursive: true });
      await createPgliteDataDir(dir, { ...options, migrationsFolder: opts.migrate !== false ? migrationsFolder : undefined });
    }
    const client = dir ? new PGlite(dir, options) : new PGlite(options);
    traceQueries(client, ["query", "exec"]);
    // drizzle runs a transaction's queries on the transaction object PGlite hands it.
    const transaction = client.transaction.bind(client);
    client.transaction = (fn) => transaction((tx) => fn(traceQueries(tx, ["query", "exec"])));
    const db = drizzlePglite(client, { schema });
    database = {
      db,
      kind: "pglite",
      close: () => client.close(),
      ping: async () => {
        await client.query("select 1");
      },
    };
    if (opts.migrate !== false) await migratePglite(db, { migrationsFolder });
  }
  return database;
}
