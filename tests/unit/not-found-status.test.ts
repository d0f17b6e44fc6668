import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Next.js sends a page's status with the first bytes of HTML. A `loading.tsx` in the page's
 * segment or above it streams its skeleton first, so a `notFound()` in the page arrives too late
 * and the answer is a 200 with a "not found" body. Pages that answer a missing (or someone else's)
 * record with notFound() must have no loading boundary above them. The HTTP status itself is
 * checked end to end in e2e/not-found-status.spec.ts.
 */
const PAGES_WITH_NOT_FOUND = [
  "app/(app)/family/[memberId]/page.tsx",
  "app/(app)/family/[memberId]/remove/page.tsx",
  "app/(browse)/book/[sessionId]/group/[planId]/page.tsx",
  "app/(app)/orders/[orderId]/page.tsx",
];

function loadingBoundariesAbove(page: string): string[] {
  const found: string[] = [];
  let dir = path.dirname(path.join(ROOT, page));
  while (dir.startsWith(path.join(ROOT, "app"))) {
    for (const name of ["loading.tsx", "loading.ts", "loading.jsx", "loading.js"]) {
      if (existsSync(path.join(dir, name))) found.push(path.relative(ROOT, path.join(dir, name)));
    }
    dir = path.dirname(dir);
  }
  return found;
}

describe("not found", () => {
  test.each(PAGES_WITH_NOT_FOUND)("a missing record on %s answers 404, not a streamed 200: no loading boundary above it", (page) => {
    expect(existsSync(path.join(ROOT, page))).toBe(true);
    expect(loadingBoundariesAbove(page)).toEqual([]);
  });
});
