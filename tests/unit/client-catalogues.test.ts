import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clientCatalogue, clientCataloguePath } from "@/lib/i18n/client-catalogue";
import { CLIENT_NAMESPACES, mergeMessages } from "@/lib/i18n/client-namespaces";
import { LOCALES } from "@/lib/i18n/locales";

describe("the root's client words, kept apart for the static chunk", () => {
  for (const locale of LOCALES) {
    it(`messages/client/${locale}.json holds CLIENT_NAMESPACES of messages/${locale}.json (else run npm run i18n:client)`, () => {
      const kept = readFileSync(clientCataloguePath(locale), "utf8");
      expect(kept).toBe(clientCatalogue(locale));
      expect(Object.keys(JSON.parse(kept)).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    });
  }
});

describe("mergeMessages: an area's words added to the root's", () => {
  it("adds namespaces and parts of a namespace without dropping the root's", () => {
    const root = { common: { loading: "Loading" }, book: { search: { go: "Search" } } };
    const merged = mergeMessages(root, { book: { slotCell: { free: "Free" } }, family: { title: "Family" } });
    expect(merged).toEqual({
      common: { loading: "Loading" },
      book: { search: { go: "Search" }, slotCell: { free: "Free" } },
      family: { title: "Family" },
    });
    expect(root.book).toEqual({ search: { go: "Search" } });
  });
});
