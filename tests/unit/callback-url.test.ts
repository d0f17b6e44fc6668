import { describe, expect, test } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

const PORTAL = "https://portal.example";

/** Where a browser on the portal goes when it follows a redirect to this Location. */
function destination(location: string): URL {
  return new URL(location, `${PORTAL}/sign-in?callbackUrl=x`);
}

describe("callbackUrl", () => {
  test.each([
    "/.//evil.example/x",
    "/..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/a/..//evil.example",
    "/a/b/../..//evil.example/x?y=1",
    "/./\\evil.example",
    "/%5c%5cevil.example",
    "/%5C/evil.example",
    "/\\\\evil.example",
    "/\\evil.example",
    "/%2f%2fevil",
    "/%2F/evil.example",
    "//evil.example/x",
    "///evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n//evil.example",
    "\t//evil.example",
    " //evil.example",
    "https://evil.example/x",
    "http:evil.example",
    "HTTPS://evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
  ])("a signed-in visitor is never redirected off the portal by callbackUrl %j", (input) => {
    const path = safeCallbackPath(input);
    expect(path).toBe("/account");
    expect(destination(path).origin).toBe(PORTAL);
  });

  test("whatever it is given, the answer is a same-origin path with a single leading slash", () => {
    const pieces = ["/", "//", "\\", ".", "..", "%2e", "%2f", "%5c", "evil.example", "\t", "\n", "a", "?", "#", "%", "@", ":"];
    const inputs = new Set<string>();
    for (const a of pieces) for (const b of pieces) for (const c of pieces) inputs.add(`/${a}${b}${c}`);
    for (const input of inputs) {
      const path = safeCallbackPath(input);
      expect(path, input).toMatch(/^\/(?![/\\])/);
      expect(destination(path).origin, input).toBe(PORTAL);
      expect(decodeURIComponentSafe(path), input).not.toMatch(/^\/[/\\]/);
    }
  });

  test.each([
    ["/bookings?page=2", "/bookings?page=2"],
    ["/orders/abc#receipts", "/orders/abc#receipts"],
    ["/a/../bookings", "/bookings"],
    ["/oidc/interaction/abc123", "/oidc/interaction/abc123"],
  ])("a portal path %j is kept as %j", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  test.each(["/api/auth/signout", "/sign-in", "/sign-up", "/./sign-in", "/%61pi/auth/signout"])(
    "%j (the sign-in pages or an API) falls back to the account page",
    (input) => {
      expect(safeCallbackPath(input)).toBe("/account");
    },
  );
});

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
