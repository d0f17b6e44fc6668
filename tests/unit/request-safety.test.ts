import { describe, expect, test } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";

describe("request safety", () => {
  test.each([
    ["/bookings?page=2", "/bookings?page=2"],
    ["https://evil.example/x", "/account"],
    ["//evil.example/x", "/account"],
    ["/\\evil.example", "/account"],
    ["javascript:alert(1)", "/account"],
    ["/api/auth/signout", "/account"],
    ["/sign-in", "/account"],
  ])("callbackUrl %s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  test("client address from X-Forwarded-For", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-real-ip": "::ffff:198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
