import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
// @ts-expect-error -- a plain .mjs file, without type declarations
import { withPageCache } from "../../scripts/page-cache.mjs";
import { auditCsv } from "@/lib/staff/audit-csv";
import { maskValue, roleAllows } from "@/lib/staff/roles";
import { openTotpSecret, sealTotpSecret } from "@/lib/staff/secrets";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe("staff console rules", () => {
  test("the signed-out page cache never answers a console page from its cache", async () => {
    const rendered: string[] = [];
    const handle = withPageCache(async (req: { url?: string }, res: import("node:http").ServerResponse) => {
      rendered.push(req.url ?? "");
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Content-Security-Policy", "script-src 'nonce-abc'");
      res.end(`<html><body>${req.url}</body></html>`);
    });
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (let i = 0; i < 3; i++) {
      for (const path of ["/staff", "/staff/sign-in", "/staff/audit"]) await (await fetch(base + path)).text();
    }
    expect(rendered.filter((p) => p === "/staff/sign-in")).toHaveLength(3);
    expect(rendered.filter((p) => p === "/staff")).toHaveLength(3);
    // The cache itself works (the control): /sign-in is rendered once.
    for (let i = 0; i < 3; i++) await (await fetch(`${base}/sign-in`)).text();
    expect(rendered.filter((p) => p === "/sign-in")).toHaveLength(1);
  });

  test("admin may do what support may, support not what admin may", () => {
    expect(roleAllows("support", "support")).toBe(true);
    expect(roleAllows("admin", "support")).toBe(true);
    expect(roleAllows("admin", "admin")).toBe(true);
    expect(roleAllows("support", "admin")).toBe(false);
  });

  test("phone numbers and birth dates are masked", () => {
    expect(maskValue("07700 900123")).toBe("•••• 23");
    expect(maskValue("1990-05-17")).toBe("••••-••-••");
    expect(maskValue(undefined)).toBeUndefined();
  });

  test("a TOTP secret opens only with the same AUTH_SECRET and staff id", () => {
    const sealed = sealTotpSecret("JBSWY3DPEHPK3PXP", "a".repeat(40), "staff-1");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openTotpSecret(sealed, "a".repeat(40), "staff-1")).toBe("JBSWY3DPEHPK3PXP");
    expect(openTotpSecret(sealed, "b".repeat(40), "staff-1")).toBeUndefined();
    expect(openTotpSecret(sealed, "a".repeat(40), "staff-2")).toBeUndefined();
  });

  test("the audit CSV quotes and defuses spreadsheet formulas", () => {
    const csv = auditCsv([
      {
        id: 1,
        at: new Date("2026-01-02T03:04:05Z"),
        staffId: null,
        staffEmail: "a@broker.example",
        action: "customer.view",
        customerId: null,
        customerEmail: '=HYPERLINK("http://evil.example","x")',
        detail: { note: "a,b" },
        ip: "203.0.113.1",
      },
    ]);
    const [header, row] = csv.split("\r\n");
    expect(header).toBe("id,at,staff_email,action,customer_id,customer_email,ip,detail");
    expect(row).toBe(
      `1,2026-01-02T03:04:05.000Z,a@broker.example,customer.view,,"'=HYPERLINK(""http://evil.example"",""x"")",203.0.113.1,"{""note"":""a,b""}"`,
    );
  });
});
