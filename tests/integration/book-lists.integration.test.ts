import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getActivityLabels } from "@/lib/book/activity-list";
import { getPlaces } from "@/lib/book/place-list";
import { warmBookLists } from "@/lib/book/warm-lists";
import { startTestSandbox, type TestSandbox, useSandboxAsImin } from "../support/sandbox";

/**
 * /book's hourly lists (activity suggestions, venues) are read when the server starts, so a
 * customer's view never waits for them or pays their imin calls; an hour later the old list is
 * answered at once while the new one is read.
 */

let sb: TestSandbox;

beforeAll(async () => {
  sb = await startTestSandbox();
  // The machine may be loaded: a slow first read is not what is tested here.
  useSandboxAsImin(sb, { IMIN_READ_TIMEOUT_MS: "20000" });
});
afterAll(() => sb?.close());

describe("the /book lists kept per process", () => {
  test("read at start-up: a view then gets them even while imin answers only errors", async () => {
    warmBookLists();
    // The view joins the reads start-up began.
    const [labels, places] = await Promise.all([getActivityLabels(), getPlaces()]);
    expect(labels).toContain("Yoga");
    expect(places.length).toBeGreaterThan(0);

    await sb.api("/admin/faults", { method: "PUT", json: { route: "*", errorRate: 1, errorStatus: 503 } });
    expect(await getActivityLabels()).toEqual(labels);
    expect(await getPlaces()).toEqual(places);
    await sb.api("/admin/faults", { method: "DELETE" });
  });

  test("an hour later the old list is answered at once, while imin is being read again", async () => {
    const labels = await getActivityLabels();
    const places = await getPlaces();
    // imin never answers: a view that waited for the new read would not finish.
    await sb.api("/admin/faults", { method: "PUT", json: { route: "*", hangRate: 1 } });
    const anHourOn = Date.now() + 61 * 60_000;
    const started = performance.now();
    expect(await getActivityLabels(anHourOn)).toEqual(labels);
    expect(await getPlaces(anHourOn)).toEqual(places);
    expect(performance.now() - started).toBeLessThan(1000);
    await sb.api("/admin/faults", { method: "DELETE" });
  });
});
