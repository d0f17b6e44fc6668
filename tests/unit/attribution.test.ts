import { describe, expect, test } from "vitest";
import { attributionOf, distinctAttributions, indexCatalog } from "@/lib/imin/attribution";
import { createCatalogCache } from "@/lib/imin/attribution-catalog";

const catalog = indexCatalog([
  {
    id: "https://opendata.riverside.example/",
    identifier: "riverside",
    name: "Riverside Sessions",
    url: "https://opendata.riverside.example/",
    publisher: { name: " Riverside Leisure Trust " },
  },
  // No usable dataset site: not a catalog entry the portal can link to.
  { identifier: "scripted", url: "javascript:alert(1)", publisher: { name: "Evil" } },
  { identifier: "nameless", url: "https://nameless.example/" },
]);

describe("attributionOf", () => {
  test("a catalogued dataset, by identifier or by id: its publisher linked to the dataset site", () => {
    const expected = { publisher: "Riverside Leisure Trust", url: "https://opendata.riverside.example/", dataset: "Riverside Sessions" };
    expect(attributionOf({ identifier: "riverside" }, catalog)).toEqual(expected);
    expect(attributionOf({ id: "https://opendata.riverside.example/" }, catalog)).toEqual(expected);
  });

  test("a dataset missing from the catalog: the publisher its dataSource names, unlinked; else nothing", () => {
    expect(attributionOf({ identifier: "new-feed", name: "New Feed", publisher: { name: "Newtown Sports Club" } }, catalog)).toEqual({
      publisher: "Newtown Sports Club",
      dataset: "New Feed",
    });
    expect(attributionOf({ identifier: "new-feed" }, catalog)).toBeUndefined();
    expect(attributionOf(undefined, catalog)).toBeUndefined();
  });

  test("no catalog read yet: the dataSource's own publisher", () => {
    expect(attributionOf({ identifier: "riverside", publisher: { name: "Riverside Leisure Trust" } }, undefined)).toEqual({
      publisher: "Riverside Leisure Trust",
    });
  });

  test("entries without an http(s) dataset site or a publisher are left out, so never linked", () => {
    expect(attributionOf({ identifier: "scripted", publisher: { name: "Evil" } }, catalog)).toEqual({ publisher: "Evil" });
    expect(attributionOf({ identifier: "nameless" }, catalog)).toBeUndefined();
  });

  test("a group shows each different source once", () => {
    const a = { publisher: "A", url: "https://a.example/" };
    const b = { publisher: "B" };
    expect(distinctAttributions([a, undefined, b, { ...a }, b])).toEqual([a, b]);
  });
});

describe("createCatalogCache", () => {
  const index = (name: string) => indexCatalog([{ identifier: "d", url: "https://d.example/", publisher: { name } }]);
  const publisherOf = async (cache: ReturnType<typeof createCatalogCache>) => (await cache.get())?.get("d")?.publisher;

  test("read once, served from memory for a day, then refreshed behind the scenes (stale-while-revalidate)", async () => {
    let t = 0;
    let version = 0;
    const cache = createCatalogCache({ now: () => t, load: async () => index(`v${++version}`) });
    expect(await publisherOf(cache)).toBe("v1");
    t = 23 * 3_600_000;
    expect(await publisherOf(cache)).toBe("v1");
    expect(version).toBe(1);
    t = 24 * 3_600_000;
    expect(await publisherOf(cache)).toBe("v1"); // the stale one, at once
    await cache.settled();
    expect(await publisherOf(cache)).toBe("v2");
    expect(version).toBe(2);
  });

  test("concurrent first reads share one load", async () => {
    let loads = 0;
    const cache = createCatalogCache({
      load: async () => {
        loads++;
        return index("x");
      },
    });
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(loads).toBe(1);
  });
});
