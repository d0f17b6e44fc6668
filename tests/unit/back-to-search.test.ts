import { describe, expect, it } from "vitest";
import { searchHref } from "@/app/(browse)/book/[sessionId]/_components/back-to-search";

describe("Back to search", () => {
  it("returns to the /book search the customer came from", () => {
    expect(searchHref("/book?activity=Swimming&time=evening")).toBe("/book?activity=Swimming&time=evening");
    expect(searchHref("/book?tab=courts&day=2026-12-08")).toBe("/book?tab=courts&day=2026-12-08");
  });

  it("goes to /book for anything else", () => {
    for (const from of [
      undefined,
      ["/book?a=1", "/book?b=2"],
      "/book",
      "/book?",
      "/bookings?x=1",
      "/book/123?x=1",
      "https://evil.example/book?x=1",
      "//evil.example/book?x=1",
      "/\\evil.example/book?x=1",
      "javascript:alert(1)",
      `/book?${"a".repeat(2100)}`,
    ]) {
      expect(searchHref(from)).toBe("/book");
    }
  });
});
