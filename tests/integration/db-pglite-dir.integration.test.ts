import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test, vi } from "vitest";
import { openDatabase } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";

/**
 * The embedded database in a data directory (DATA_DIR): a new one is made (initdb and the
 * migrations, in a child process) and opens ready for use; restarted, it keeps what was stored.
 */

const dataDir = mkdtempSync(path.join(tmpdir(), "portal-pglite-dir-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test("a new data directory opens with every migration applied, and keeps its data across a restart", async () => {
  const warn = vi.spyOn(console, "warn");
  const first = await openDatabase({ dataDir });
  // Made by the child process, not by the fallback in this one.
  expect(warn).not.toHaveBeenCalled();
  try {
    await first.db.insert(users).values({ email: "dir@example.com", passwordHash: "x" });
  } finally {
    await first.close();
  }
  // Only the database itself is left: the directory it was made in beside it was moved into place.
  expect(readdirSync(dataDir)).toEqual(["pglite"]);

  const again = await openDatabase({ dataDir });
  try {
    const rows = await again.db.select({ email: users.email }).from(users);
    expect(rows).toEqual([{ email: "dir@example.com" }]);
  } finally {
    await again.close();
  }
}, 120_000);
