import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { E2E, expect, test } from "./fixtures";

test("the API key appears in no static asset, HTML page or RSC payload", async ({ demoPage, page }) => {
  const key = E2E.apiKey;
  const staticDir = path.join(E2E.root, E2E.distDir, "static");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(staticDir);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) expect(readFileSync(file).includes(key), file).toBe(false);

  const paths = ["/", "/sign-in", "/sign-up", "/account", "/sellers", "/bookings", "/orders", "/book", "/no-such-page"];
  for (const [p, who] of [...paths.map((x) => [x, demoPage] as const), ...paths.map((x) => [x, page] as const)]) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const res = await who.request.get(p, { headers, maxRedirects: 0 });
      const body = await res.text();
      expect(body.includes(key), `${p} ${JSON.stringify(headers)}`).toBe(false);
    }
  }
});
