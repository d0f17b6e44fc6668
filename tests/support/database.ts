import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll } from "vitest";
import { openDatabase, type Database } from "@/lib/db/connect";
import { setDatabaseForTests } from "@/lib/db/client";

/**
 * The stores every database test runs on: in-memory PGlite always, and Postgres when
 * TEST_DATABASE_URL is set (a fresh database per run, dropped afterwards).
 */
export const backends: { name: "pglite" | "postgres" }[] = [
  { name: "pglite" },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "postgres" as const }] : []),
];

export interface TestDatabase {
  database: Database;
  close(): Promise<void>;
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Installs `database` as the one the code under test uses; closing uninstalls it, then runs `after`. */
function installed(database: Database, after: () => Promise<void> = async () => {}): TestDatabase {
  setDatabaseForTests(database);
  return {
    database,
    close: async () => {
      setDatabaseForTests(undefined);
      await database.close();
      await after();
    },
  };
}

export async function openTestDatabase(kind: "pglite" | "postgres"): Promise<TestDatabase> {
  if (kind === "pglite") return installed(await openDatabase({}));
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `portal_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  // CREATE DATABASE needs a connection to some other database of the server.
  const admin = new Client({ connectionString: withDatabase(adminUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  return installed(await openDatabase({ databaseUrl: withDatabase(adminUrl, name) }), async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
}

/**
 * The describe block's database: opened (and installed) before its tests, closed after them. Read
 * `.database` inside hooks and tests only.
 */
export function withTestDatabase(kind: "pglite" | "postgres"): { readonly database: Database } {
  let opened: TestDatabase | undefined;
  beforeAll(async () => {
    opened = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await opened?.close();
  });
  return {
    get database() {
      if (!opened) throw new Error("The test database opens in beforeAll: read it inside a hook or test.");
      return opened.database;
    },
  };
}
