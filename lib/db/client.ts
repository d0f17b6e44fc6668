import "server-only";
import { getEnv } from "@/lib/env";
import { openDatabase, type Database, type Db } from "./connect";

export type { Db } from "./connect";

// One connection per process, even when Next bundles this module more than once: a PGlite data
// directory must never be opened twice.
const KEY = Symbol.for("imin-portal.database");
type Holder = { [KEY]?: Promise<Database> };

function holder() {
  return globalThis as unknown as Holder;
}

/** The open database (migrations applied on first use). */
export function getDatabase(): Promise<Database> {
  const h = holder();
  if (!h[KEY]) {
    const env = getEnv();
    h[KEY] = openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }).catch((e) => {
      delete h[KEY];
      throw e;
    });
  }
  return h[KEY]!;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Tests point the portal at their own database. */
export function setDatabaseForTests(database: Database | undefined) {
  const h = holder();
  if (database) h[KEY] = Promise.resolve(database);
  else delete h[KEY];
}
