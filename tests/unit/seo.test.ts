import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { createTranslator } from "next-intl";
import type { Words } from "@/lib/book/offer-words";
import en from "@/messages/en.json";
import type { SessionDetail } from "@/lib/imin/event-mapping";
import { eventStatusUrl, isCancelled, isoWithOffset, sessionEventJsonLd } from "@/lib/seo/event-json-ld";
import { priceFrom, sessionDescription, sessionTitle, shareImages, sharedPageMetadata } from "@/lib/seo/page-meta";
import { keptUpcomingSessions, SITEMAP_MAX_URLS, SITEMAP_TTL_MS, sitemapUrls } from "@/lib/seo/sitemap";
// @ts-expect-error -- a plain .mjs file, without type declarations
import { isSessionDocument, withGoneStatus } from "../../scripts/gone-status.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
// The head in English (the page's language decides it; the catalogue words it).
const EN = { t: createTranslator({ locale: "en", messages: en as never }) as unknown as Words, locale: "en-GB" };
const NOW = Date.parse("2026-12-07T12:00:00Z");
const DAY = 86_400_000;

const detail: SessionDetail = {
  sessionId: "s1",
  type: "ScheduledSession",
  name: "Bodypump",
  activity: "Bodypump",
  startDate: "2026-12-09T18:00:00Z",
  endDate: "2026-12-09T18:45:00Z",
  bookable: true,
  seller: { name: "Northern Active", url: "https://northern.example" },
  venue: { name: "Quay Leisure Centre", address: "1 Quay St, Manchester", postalAddress: { addressLocality: "Manchester" } },
  offers: [
    { name: "Adult", price: 6.5, currency: "GBP", membershipRequired: false },
    { name: "Junior", price: 3, currency: "GBP", membershipRequired: false },
  ],
};

describe("times with the venue's offset", () => {
  test("winter is +00:00, summer +01:00 (Europe/London), whole seconds", () => {
    expect(isoWithOffset("2026-12-09T18:00:00.000Z")).toBe("2026-12-09T18:00:00+00:00");
    expect(isoWithOffset("2026-07-01T17:30:00Z")).toBe("2026-07-01T18:30:00+01:00");
  });
  test("eventStatus: OpenActive's forms read as schema.org https URLs; unknown is scheduled", () => {
    expect(eventStatusUrl("http://schema.org/EventCancelled")).toBe("https://schema.org/EventCancelled");
    expect(eventStatusUrl("https://schema.org/EventPostponed")).toBe("https://schema.org/EventPostponed");
    expect(eventStatusUrl(undefined)).toBe("https://schema.org/EventScheduled");
    expect(eventStatusUrl("Whatever")).toBe("https://schema.org/EventScheduled");
    expect(isCancelled("https://schema.org/EventCancelled")).toBe(true);
    expect(isCancelled("https://schema.org/EventScheduled")).toBe(false);
  });
});

describe("Event JSON-LD", () => {
  const build = (d: SessionDetail) => sessionEventJsonLd(d, { url: "https://book.example/book/s1", fallbackDescription: "About" })!;
  test("imin's image when it is an http(s) URL, none made up; no venue, no Event", () => {
    expect(build({ ...detail, image: "https://img.example/pump.jpg" }).image).toEqual(["https://img.example/pump.jpg"]);
    expect(build({ ...detail, image: "javascript:alert(1)" }).image).toBeUndefined();
    expect(build(detail).image).toBeUndefined();
    expect(
      sessionEventJsonLd({ ...detail, venue: undefined }, { url: "https://book.example/book/s1", fallbackDescription: "" }),
    ).toBeUndefined();
  });
  test("availability follows space and bookability", () => {
    const availability = (d: Partial<SessionDetail>) => (build({ ...detail, ...d }).offers as { availability: string }[])[0]!.availability;
    expect(availability({})).toBe("https://schema.org/InStock");
    expect(availability({ remaining: 2 })).toBe("https://schema.org/LimitedAvailability");
    expect(availability({ remaining: 0, bookable: false })).toBe("https://schema.org/SoldOut");
    expect(availability({ remaining: 8, bookable: false })).toBe("https://schema.org/InStoreOnly");
  });
});

describe("the page head", () => {
  test("title and description from the session: name, venue, time with its zone, price, organiser", () => {
    expect(sessionTitle(detail, EN)).toBe("Bodypump, Wed 9 Dec, 18:00");
    const text = sessionDescription(detail, EN);
    expect(text).toContain("Bodypump at Quay Leisure Centre, Manchester");
    expect(text).toContain("Wed 9 Dec 2026, 18:00–18:45 GMT");
    expect(text).toContain("From £3.00");
    expect(text).toContain("Run by Northern Active");
    expect(sessionDescription({ ...detail, description: "word ".repeat(200) }, EN).length).toBeLessThanOrEqual(200);
    expect(priceFrom([{ name: "Adult", price: 0, currency: "GBP", membershipRequired: false }], EN)).toBe("Free");
    expect(priceFrom([], EN)).toBe("");
  });

  test("indexable, canonical on the public origin, Open Graph and a large Twitter card", () => {
    const meta = sharedPageMetadata({
      title: "T",
      description: "D",
      origin: "https://book.example",
      path: "/book/a%20b",
      siteName: "Acme",
    });
    expect(meta.alternates?.canonical).toBe("https://book.example/book/a%20b");
    expect(meta.robots).toEqual({ index: true, follow: true });
    expect(meta.openGraph).toMatchObject({ url: "https://book.example/book/a%20b", title: "T", description: "D", siteName: "Acme" });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image" });
    expect(String(meta.metadataBase)).toBe("https://book.example/");
    // No images given: none set, so the route's opengraph-image stays (`images: undefined` would replace it).
    expect(meta.openGraph).not.toHaveProperty("images");
  });

  test("the share image keeps the URL Next resolved for the route's file and takes the page's alt", () => {
    const url = "https://book.example/book/s1/opengraph-image?7a72dd5a03fbf05e";
    const resolved = {
      images: [{ url, alt: "The session's name, date and time, venue and price", type: "image/png", width: 1200, height: 630 }],
    };
    const images = shareImages(resolved as never, "Enw’r sesiwn, y dyddiad a’r amser, y lleoliad a’r pris");
    expect(images).toEqual([
      { url, alt: "Enw’r sesiwn, y dyddiad a’r amser, y lleoliad a’r pris", type: "image/png", width: 1200, height: 630 },
    ]);
    const meta = sharedPageMetadata({
      title: "T",
      description: "D",
      origin: "https://book.example",
      path: "/book/s1",
      siteName: "Acme",
      images,
    });
    expect(meta.openGraph?.images).toEqual(images);
    // Next resolved no image: nothing to set.
    expect(shareImages({ images: [] } as never, "alt")).toBeUndefined();
    expect(shareImages(undefined, "alt")).toBeUndefined();
  });
});

describe("sitemap", () => {
  const at = (days: number) => new Date(NOW + days * DAY).toISOString();
  test("upcoming sessions within 14 days, soonest first, without cancelled, started or repeated ones", () => {
    const urls = sitemapUrls(
      [
        { sessionId: "later", startDate: at(3) },
        { sessionId: "soon", startDate: at(1) },
        { sessionId: "soon", startDate: at(1) },
        { sessionId: "cancelled", startDate: at(2), eventStatus: "https://schema.org/EventCancelled" },
        { sessionId: "started", startDate: at(-0.01) },
        { sessionId: "too-far", startDate: at(15) },
      ],
      "https://book.example",
      NOW,
    );
    expect(urls.map((u) => u.url)).toEqual(["https://book.example/book/soon", "https://book.example/book/later"]);
  });

  test("bounded to SITEMAP_MAX_URLS", () => {
    const many = Array.from({ length: SITEMAP_MAX_URLS + 50 }, (_, i) => ({ sessionId: `s${i}`, startDate: at(1 + i / 10_000) }));
    expect(sitemapUrls(many, "https://book.example", NOW)).toHaveLength(SITEMAP_MAX_URLS);
  });

  test("imin is read at most once per few minutes (concurrent requests share it); a failure keeps the last list", async () => {
    const load = vi.fn(async () => [{ sessionId: "a", startDate: at(1) }]);
    const [a, b] = await Promise.all([keptUpcomingSessions(load, NOW), keptUpcomingSessions(load, NOW)]);
    expect(a).toEqual(b);
    expect(await keptUpcomingSessions(load, NOW + SITEMAP_TTL_MS - 1)).toEqual(a);
    expect(load).toHaveBeenCalledTimes(1);
    const failing = vi.fn(async () => Promise.reject(new Error("imin down")));
    expect(await keptUpcomingSessions(failing, NOW + SITEMAP_TTL_MS + 1)).toEqual(a);
    expect(failing).toHaveBeenCalledTimes(1);
  });
});

describe("410 for a gone session", () => {
  test("only the session page's own document request", () => {
    const req = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers });
    expect(isSessionDocument(req("/book/abc"))).toBe(true);
    expect(isSessionDocument(req("/book/abc?from=%2Fbook"))).toBe(true);
    expect(isSessionDocument(req("/book/abc", { rsc: "1" }))).toBe(false);
    expect(isSessionDocument(req("/book/abc", {}, "POST"))).toBe(false);
    for (const url of ["/book", "/book/slot", "/book/slot/x", "/book/abc/group/p1", "/orders/abc"]) {
      expect(isSessionDocument(req(url)), url).toBe(false);
    }
  });

  test("the page's 404 becomes 410; other statuses pass", async () => {
    const statuses: number[] = [];
    const res = {
      writeHead(status: number) {
        statuses.push(status);
        return this;
      },
    };
    const handle = withGoneStatus(async (_req: unknown, r: any) => {
      r.writeHead(404);
      r.writeHead(200);
    });
    await handle({ url: "/book/abc", method: "GET", headers: {} } as any, res as any);
    expect(statuses).toEqual([410, 200]);
  });

  test("no loading boundary above the session page, so its notFound() is not preceded by a streamed 200", () => {
    let dir = path.join(ROOT, "app/(browse)/book/[sessionId]/(session)");
    expect(existsSync(path.join(dir, "page.tsx"))).toBe(true);
    expect(existsSync(path.join(dir, "not-found.tsx"))).toBe(true);
    while (dir.startsWith(path.join(ROOT, "app"))) {
      expect(existsSync(path.join(dir, "loading.tsx")), dir).toBe(false);
      dir = path.dirname(dir);
    }
  });
});
