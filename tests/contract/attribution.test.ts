import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  attributionCatalog,
  facilityUse,
  facilityUsesCollection,
  parseImin,
  scheduledSessionDetail,
  searchResultsCollection,
  slotDetail,
} from "@/lib/imin/schemas";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";
import { clockDay, pathOf, pickSlot } from "./facilities.helpers";

/** imin:dataSource on SessionSeries and FacilityUse, and the Attribution Catalog it points into. */

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb?.close());

async function catalog() {
  const res = await sb.apiJson("/firehose/datasets");
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { raw: res.body, parsed: parseImin(attributionCatalog, res.body) };
}

async function createSession(extra: Record<string, unknown> = {}) {
  const res = await sb.apiJson("/admin/sessions", {
    method: "POST",
    json: { seller: "northern-active", name: "Attribution Yoga", offers: [{ name: "Adult", pricePence: 700 }], ...extra },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { session: { id: string }; series: { dataSource?: { identifier: string } } };
}

describe("GET /firehose/datasets (the Attribution Catalog)", () => {
  test("lists datasets of different publishers and licences, each with its dataset site", async () => {
    const { parsed } = await catalog();
    const datasets = parsed.dataset;
    expect(datasets.length).toBeGreaterThanOrEqual(3);
    expect(new Set(datasets.map((d) => d.publisher?.name)).size).toBe(datasets.length);
    expect(new Set(datasets.map((d) => d.license)).size).toBeGreaterThanOrEqual(2);
    for (const d of datasets) {
      expect(d.type).toBe("Dataset");
      expect(d.identifier).toMatch(/\S/);
      expect(d.url).toMatch(/^https:\/\//);
      expect(d.license).toMatch(/^https:\/\//);
      expect(d.publisher?.name).toMatch(/\S/);
    }
  });

  test("needs the API key: none or a wrong one is refused with 401, as the rest of the sandbox", async () => {
    for (const key of [null, "wrong-key"]) {
      const res = await sb.apiJson("/firehose/datasets", { key });
      expect(res.status).toBe(401);
      expect(res.body.type ?? res.body["@type"]).toBe("InvalidAPITokenError");
    }
  });

  test("is the same for the same seed", async () => {
    const before = (await catalog()).raw;
    await sb.apiJson("/admin/reset", { method: "POST", json: { seed: sb.ctx.config.seed } });
    expect((await catalog()).raw).toEqual(before);
  });
});

describe("imin:dataSource", () => {
  test("every SessionSeries of a search names a catalogued dataset and its publisher", async () => {
    const created = await createSession();
    const detail = await sb.apiJson(`/events-api/v2/scheduled-sessions/${created.session.id}`);
    const geo = detail.body.superEvent.location.geo;
    const res = await sb.apiJson(
      `/events-api/v2/event-series?mode=upcoming-sessions&geo[radial]=${geo.latitude},${geo.longitude},50&limit=50`,
    );
    expect(res.status).toBe(200);
    const results = parseImin(searchResultsCollection, res.body);
    const known = new Map((await catalog()).parsed.dataset.map((d) => [d.identifier, d]));
    const series = results["imin:item"].flatMap((es) => es.subEvent);
    expect(series.length).toBeGreaterThan(1);
    for (const ss of series) {
      const source = ss["imin:dataSource"];
      expect(source?.type).toBe("Dataset");
      expect(known.get(source?.identifier ?? "")?.publisher?.name).toBe(source?.publisher?.name);
    }
  });

  test("a session made with POST /admin/sessions defaults to its seller's dataset, on the By-ID SessionSeries too", async () => {
    const created = await createSession();
    expect(created.series.dataSource?.identifier).toBe("activehub-open-data");
    const res = await sb.apiJson(`/events-api/v2/scheduled-sessions/${created.session.id}`);
    const detail = parseImin(scheduledSessionDetail, res.body);
    expect(detail.superEvent?.["imin:dataSource"]).toMatchObject({
      type: "Dataset",
      identifier: "activehub-open-data",
      publisher: { name: "ActiveHub Booking Systems Ltd" },
    });
  });

  test("POST /admin/sessions may name a dataset the catalog does not list", async () => {
    const created = await createSession({ dataSource: { identifier: "uncatalogued-feed", publisherName: "Newtown Sports Club" } });
    const res = await sb.apiJson(`/events-api/v2/scheduled-sessions/${created.session.id}`);
    const source = parseImin(scheduledSessionDetail, res.body).superEvent?.["imin:dataSource"];
    expect(source).toMatchObject({ identifier: "uncatalogued-feed", publisher: { name: "Newtown Sports Club" } });
    const { parsed } = await catalog();
    expect(parsed.dataset.map((d) => d.identifier)).not.toContain("uncatalogued-feed");
  });

  test("every FacilityUse, in search and on a Slot By-ID, names a catalogued dataset", async () => {
    const { day } = await clockDay(sb, 2);
    const slot = await pickSlot(sb, `activity=badminton&date=${day}`);
    const fuRes = await sb.apiJson(pathOf(slot.facilityUse));
    const fu = parseImin(facilityUse, fuRes.body);
    const known = new Set((await catalog()).parsed.dataset.map((d) => d.identifier));
    expect(known.has(fu["imin:dataSource"]?.identifier ?? "")).toBe(true);

    const geo = `${fu.location?.geo?.latitude},${fu.location?.geo?.longitude},50`;
    const search = await sb.apiJson(`/facilities-api/v2/facility-uses?mode=discovery-geo&geo[radial]=${geo}&limit=50`);
    const items = parseImin(facilityUsesCollection, search.body)["imin:item"];
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) expect(known.has(item["imin:dataSource"]?.identifier ?? "")).toBe(true);

    const byId = await sb.apiJson(pathOf(slot.id));
    const detail = parseImin(slotDetail, byId.body);
    const head = detail.facilityUse?.facilityUse ?? detail.facilityUse;
    expect(head?.["imin:dataSource"]?.identifier).toBe(fu["imin:dataSource"]?.identifier);
  });
});
