import { afterEach, describe, expect, test } from "vitest";
import { CLIENT_IP_HEADER, CLIENT_IP_KEY_ENV, CLIENT_IP_KEY_HEADER, clientIp, normalizeAddress } from "@/lib/auth/client-ip";
import {
  API_CSP,
  DEFAULT_PERMISSIONS_POLICY,
  STATIC_SECURITY_HEADERS,
  contentSecurityPolicy,
  newNonce,
  permissionsPolicy,
} from "@/lib/security/headers";
// @ts-expect-error -- a plain .mjs file, without type declarations
import nextConfig from "../../next.config.mjs";
import { httpUrl } from "@/lib/security/safe-url";

function directives(csp: string) {
  return Object.fromEntries(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("security headers", () => {
  test("page CSP: nonce + strict-dynamic scripts, no inline script, no framing, forms to checkout only", () => {
    const csp = directives(
      contentSecurityPolicy({ nonce: "abc123==", formTargets: ["https://checkout.acme.example/path", "javascript:x", undefined] }),
    );
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
    expect(csp["script-src"]).not.toContain("'unsafe-eval'");
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["form-action"]).toEqual(["'self'", "https://checkout.acme.example"]);
    expect(csp["img-src"]).toContain("data:");
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
  });

  test("nonces are fresh and long enough", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set(Array.from({ length: 50 }, newNonce)).size).toBe(50);
  });

  test("Permissions-Policy: geolocation only on /book", () => {
    expect(permissionsPolicy("/book")).toContain("geolocation=(self)");
    expect(permissionsPolicy("/book/abc")).toContain("geolocation=(self)");
    expect(permissionsPolicy("/bookings")).toContain("geolocation=()");
    expect(permissionsPolicy("/account")).toContain("geolocation=()");
    for (const feature of ["camera", "microphone", "payment", "usb"]) expect(permissionsPolicy("/book")).toContain(`${feature}=()`);
  });

  test("Permissions-Policy: passkeys (WebAuthn get and create) only on the staff console", () => {
    for (const path of ["/staff", "/staff/sign-in/verify", "/staff/account"]) {
      expect(permissionsPolicy(path)).toContain("publickey-credentials-get=(self)");
      expect(permissionsPolicy(path)).toContain("publickey-credentials-create=(self)");
      expect(permissionsPolicy(path)).toContain("geolocation=()");
    }
    for (const path of ["/", "/account", "/sign-in", "/staffroom", "/book"]) {
      expect(permissionsPolicy(path)).toContain("publickey-credentials-get=()");
      expect(permissionsPolicy(path)).toContain("publickey-credentials-create=()");
    }
  });

  test("next.config.mjs sends the same fixed headers on every response", async () => {
    const config = (
      nextConfig as (phase: string) => { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> }
    )("phase-production-server");
    const rules = await config.headers();
    const all = rules.find((r) => r.source === "/:path*")!;
    expect(all.headers).toEqual(STATIC_SECURITY_HEADERS);
    const api = rules.filter((r) => r.source === "/api/:path*").flatMap((r) => r.headers);
    expect(api).toContainEqual({ key: "Content-Security-Policy", value: API_CSP });
    expect(api).toContainEqual({ key: "Permissions-Policy", value: DEFAULT_PERMISSIONS_POLICY });
    const dev = await (nextConfig as any)("phase-development-server").headers();
    expect(dev.find((r: any) => r.source === "/:path*").headers.map((h: any) => h.key)).not.toContain("Strict-Transport-Security");
  });
});

describe("client address", () => {
  afterEach(() => {
    delete process.env[CLIENT_IP_KEY_ENV];
  });

  const stamped = (ip: string, extra: Record<string, string> = {}) =>
    new Headers({ [CLIENT_IP_HEADER]: ip, [CLIENT_IP_KEY_HEADER]: "k".repeat(32), ...extra });

  test("hops 0: the socket address from the portal's server; X-Forwarded-For is ignored", () => {
    process.env[CLIENT_IP_KEY_ENV] = "k".repeat(32);
    expect(clientIp(stamped("203.0.113.7", { "x-forwarded-for": "1.2.3.4" }), 0)).toBe("203.0.113.7");
    expect(clientIp(stamped("::ffff:198.51.100.2"), 0)).toBe("198.51.100.2");
  });

  test("hops 0: a client-sent address without this process's key is not believed", () => {
    process.env[CLIENT_IP_KEY_ENV] = "k".repeat(32);
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "1.2.3.4", [CLIENT_IP_KEY_HEADER]: "guess" }), 0)).toBe("unknown");
    delete process.env[CLIENT_IP_KEY_ENV];
    expect(clientIp(stamped("1.2.3.4"), 0)).toBe("unknown");
  });

  test("hops n: the n-th address from the right of X-Forwarded-For", () => {
    process.env[CLIENT_IP_KEY_ENV] = "k".repeat(32);
    const h = stamped("10.0.0.9", { "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.1" });
    expect(clientIp(h, 1)).toBe("10.0.0.1");
    expect(clientIp(h, 2)).toBe("203.0.113.7");
    expect(clientIp(h, 5)).toBe("6.6.6.6");
    expect(clientIp(stamped("10.0.0.9"), 1)).toBe("10.0.0.9");
  });

  test("IPv6 counts per /64; ports and brackets are dropped", () => {
    expect(normalizeAddress("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:db8:1:2::99")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(normalizeAddress("::1")).toBe("0:0:0:0::/64");
    expect(normalizeAddress("198.51.100.2:5555")).toBe("198.51.100.2");
    expect(normalizeAddress("")).toBe("unknown");
  });
});

describe("links from imin's data", () => {
  test.each([
    ["https://seller.example/about", "https://seller.example/about"],
    ["http://seller.example", "http://seller.example/"],
    ["  https://seller.example/x  ", "https://seller.example/x"],
    ["javascript:alert(document.cookie)", undefined],
    ["JAVASCRIPT:alert(1)", undefined],
    ["  javascript:alert(1)", undefined],
    ["data:text/html,<script>alert(1)</script>", undefined],
    ["vbscript:msgbox", undefined],
    ["//evil.example", undefined],
    ["/relative", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("%s → %s", (input, expected) => {
    expect(httpUrl(input)).toBe(expected);
  });
});
