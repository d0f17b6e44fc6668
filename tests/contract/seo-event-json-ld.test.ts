import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Words } from "@/lib/book/offer-words";
import { mapSessionDetail } from "@/lib/imin/event-mapping";
import { parseImin, scheduledSessionDetail } from "@/lib/imin/schemas";
import { jsonLdText, sessionEventJsonLd } from "@/lib/seo/event-json-ld";
import { sessionDescription } from "@/lib/seo/page-meta";
import en from "@/messages/en.json";
import { openActiveProblems } from "../support/openactive-validate";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";

/**
 * The session page's schema.org Event, built from a session the sandbox serves By-ID (the
 * OpenActive data the page reads), checked against what Google's Event rich results require and
 * recommend; the source data itself passes @openactive/data-model-validator.
 */

const URL_OF_PAGE = "https://portal.example/book/abc";
const SCHEMA_URL = /^https:\/\/schema\.org\/\w+$/;
const OFFSET_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const EVENT_STATUSES = ["EventScheduled", "EventCancelled", "EventPostponed", "EventRescheduled", "EventMovedOnline"].map(
  (s) => `https://schema.org/${s}`,
);
const AVAILABILITIES = ["InStock", "SoldOut", "LimitedAvailability", "InStoreOnly", "Discontinued", "PreOrder", "OutOfStock"].map(
  (s) => `https://schema.org/${s}`,
);

let sb: TestSandbox;
let sessionId: string;

beforeAll(async () => {
  sb = await startTestSandbox();
  const created = await sb.apiJson("/admin/sessions", {
    method: "POST",
    json: {
      seller: "northern-active",
      name: "SEO Yoga Flow & Stretch",
      offers: [
        { name: "Adult", pricePence: 650, ageMin: 16, cancellationWindowMinutes: 60 },
        { name: "Junior", pricePence: 300, ageMax: 15 },
      ],
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  sessionId = created.body.session.id;
});
afterAll(() => sb?.close());

async function byId() {
  const res = await sb.apiJson(`/events-api/v2/scheduled-sessions/${encodeURIComponent(sessionId)}`);
  expect(res.status).toBe(200);
  return res.body;
}

async function eventOf() {
  const payload = await byId();
  const detail = mapSessionDetail(parseImin(scheduledSessionDetail, payload), sessionId, Date.now());
  const event = sessionEventJsonLd(detail, {
    url: URL_OF_PAGE,
    fallbackDescription: sessionDescription(detail, {
      t: createTranslator({ locale: "en", messages: en as never }) as unknown as Words,
      locale: "en-GB",
    }),
  });
  expect(event).toBeDefined();
  return { payload, detail, event: event as Record<string, any> };
}

describe("session Event JSON-LD", () => {
  test("the OpenActive data it is built from passes the OpenActive validator", async () => {
    const payload = await byId();
    // imin: extensions are not the validator's. Known sandbox deviations, left to the sandbox's owners:
    // its dates carry milliseconds ("…T09:00:00.000Z", which the validator refuses; the JSON-LD
    // writes whole seconds with the venue's offset), and its SessionSeries has no @id or url.
    const known = [/^\$\.(start|end)Date$/, /^\$\.superEvent\.(id|url)$/];
    expect(await openActiveProblems(payload, { ignorePaths: [/imin:/, ...known] })).toEqual([]);
  });

  test("has Google's required fields: name, startDate with offset, location Place with PostalAddress", async () => {
    const { event, detail } = await eventOf();
    expect(event["@context"]).toBe("https://schema.org");
    expect(event["@type"]).toBe("Event");
    expect(event.name).toBe(detail.name);
    expect(event.startDate).toMatch(OFFSET_DATE);
    expect(Date.parse(event.startDate)).toBe(Date.parse(detail.startDate));
    expect(event.location["@type"]).toBe("Place");
    expect(event.location.name).toBeTruthy();
    expect(event.location.address).toMatchObject({ "@type": "PostalAddress" });
    for (const field of ["streetAddress", "addressLocality", "postalCode", "addressCountry"]) {
      expect(event.location.address[field], field).toEqual(expect.any(String));
      expect(event.location.address[field]).toBe(event.location.address[field].trim());
    }
    expect(event.location.geo).toMatchObject({ "@type": "GeoCoordinates", latitude: expect.any(Number), longitude: expect.any(Number) });
  });

  test("has the recommended fields: description, endDate, status, attendance mode, offers, organizer", async () => {
    const { event, detail } = await eventOf();
    expect(event.description).toEqual(expect.any(String));
    expect(event.endDate).toMatch(OFFSET_DATE);
    expect(Date.parse(event.endDate)).toBe(Date.parse(detail.endDate!));
    expect(EVENT_STATUSES).toContain(event.eventStatus);
    expect(event.eventStatus).toBe("https://schema.org/EventScheduled");
    expect(event.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
    // "image if any": the sandbox's series have none, so none is made up.
    expect(event.image).toBeUndefined();
    expect(event.offers).toHaveLength(2);
    for (const offer of event.offers) {
      expect(offer["@type"]).toBe("Offer");
      expect(offer.price).toMatch(/^\d+\.\d{2}$/);
      expect(offer.priceCurrency).toBe("GBP");
      expect(AVAILABILITIES).toContain(offer.availability);
      expect(offer.url).toBe(URL_OF_PAGE);
    }
    expect(event.offers.map((o: any) => o.price).sort()).toEqual(["3.00", "6.50"]);
    expect(event.organizer).toMatchObject({ "@type": "Organization", name: expect.any(String) });
    expect(event.organizer.url).toMatch(/^https?:\/\//);
    expect(event.url).toBe(URL_OF_PAGE);
    for (const value of [event.eventStatus, event.eventAttendanceMode, ...event.offers.map((o: any) => o.availability)]) {
      expect(value).toMatch(SCHEMA_URL);
    }
  });

  test("a session the organiser cancelled says EventCancelled, its offers Discontinued", async () => {
    const cancelled = await sb.apiJson(`/admin/sessions/${encodeURIComponent(sessionId)}/cancel`, { method: "POST", json: {} });
    expect(cancelled.status).toBe(200);
    const { event } = await eventOf();
    expect(event.eventStatus).toBe("https://schema.org/EventCancelled");
    for (const offer of event.offers) expect(offer.availability).toBe("https://schema.org/Discontinued");
  });

  test("as script text, nothing of imin's can close the element; it parses back to the same data", async () => {
    const { event } = await eventOf();
    const hostile = { ...event, description: "</script><script>alert(1)</script><!-- & \u2028" };
    const text = jsonLdText(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(hostile);
    expect(JSON.parse(jsonLdText(event)).name).toBe("SEO Yoga Flow & Stretch");
  });
});
