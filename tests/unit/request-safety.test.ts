import { describe, expect, test } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

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
});
