import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";
import type PgBoss from "pg-boss";
import type { Database } from "@/lib/db/connect";

/**
 * pg-boss runs its SQL through the portal's own connection: the node-postgres pool on Postgres, the
 * one embedded PGlite otherwise (a PGlite directory can be opened by one process only). pg-boss
 * sends its schema and its transactions as one multi-statement text without parameters; PGlite
 * runs those with `exec`, which holds its connection for the whole text.
 */
export function bossDb(database: Database): PgBoss.Db {
  const client = (database.db as unknown as { $client: PGlite | Pool }).$client;
  if (database.kind === "postgres") {
    const pool = client as Pool;
    return { executeSql: (text, values) => pool.query(text, values) };
  }
  const pglite = client as PGlite;
  return {
    executeSql: async (text, values) => {
      if (values?.length) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}
