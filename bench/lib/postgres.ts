import { Client } from "pg";

/** The Postgres the benches may create throwaway databases in (DATABASE_URL, else the local one), if it answers. */
export async function reachablePostgres(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:5432/postgres";
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}
