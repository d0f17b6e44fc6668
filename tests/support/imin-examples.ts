import { readFileSync } from "node:fs";
import path from "node:path";

/** imin's documented example payloads, copied into the repository (see docs/imin/CONTRACT.md). */
export const iminExamplesDir = path.resolve(__dirname, "../fixtures/imin");

/** One example, parsed. */
export function iminExample(name: string): any {
  return JSON.parse(readFileSync(path.join(iminExamplesDir, name), "utf8"));
}
