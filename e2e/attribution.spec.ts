import type { Locator, Page } from "@playwright/test";
import { expect, type SandboxAdmin, test } from "./fixtures";
import { portalUrl } from "./support/env";
import { createFamilySwim } from "./support/sessions";

/**
 * Open-data attribution (imin Service Terms 3.7.2, docs/imin/attribution.md): every page showing
 * imin's session or facility data shows "Source: <publisher>" linked to its dataset site, signed in
 * or out: each day of the classes results, each venue of the courts results, the session page and
 * the slot page. Expected publishers and sites come from the sandbox's Attribution Catalog; the
 * sessions are made for the test.
 */

interface CatalogDataset {
  identifier: string;
  url: string;
  publisher: { name: string };
}

const londonDay = (ms: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(ms));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function catalog(admin: SandboxAdmin): Promise<Map<string, CatalogDataset>> {
  const res = await admin.get<{ dataset: CatalogDataset[] }>("/firehose/datasets");
  expect(res.status).toBe(200);
  return new Map(res.body.dataset.map((d) => [d.identifier, d]));
}

async function createSession(admin: SandboxAdmin, name: string, dataSource?: Record<string, string>) {
  const res = await admin.post("/admin/sessions", {
    seller: "riverside-leisure",
    name,
    activity: "Pilates",
    offers: [{ name: "Adult", pricePence: 900 }],
    ...(dataSource ? { dataSource } : {}),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const id: string = res.body.session.id;
  const detail = await admin.get(`/events-api/v2/scheduled-sessions/${encodeURIComponent(id)}`);
  return {
    id,
    startDate: res.body.session.startDate as string,
    datasetId: res.body.series.dataSource.identifier as string,
    geo: detail.body.superEvent.location.geo as { latitude: number; longitude: number },
  };
}

/** The attribution link: the publisher's name as its text, to the dataset site, in a new tab with rel=noopener. */
async function expectSourceLink(scope: Locator, dataset: CatalogDataset) {
  const attribution = scope.getByTestId("attribution");
  await expect(attribution).toContainText(`Source: ${dataset.publisher.name}`);
  const link = attribution.getByRole("link", { name: new RegExp(`^${escapeRegExp(dataset.publisher.name)}\\b`) });
  await expect(link).toHaveAttribute("href", dataset.url);
  await expect(link).toHaveAttribute("rel", /\bnoopener\b/);
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAccessibleName(/open data; opens in a new tab/);
}

async function checkSessionPage(page: Page, sessionId: string, dataset: CatalogDataset) {
  await page.goto(`/book/${encodeURIComponent(sessionId)}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectSourceLink(page.locator("main"), dataset);
}

test.describe("Open-data attribution", () => {
  test("classes results and the session page, signed out and signed in", async ({ browser, page, demoPage, sandboxAdmin, axeCheck }) => {
    test.setTimeout(120_000);
    const datasets = await catalog(sandboxAdmin);
    const tag = Date.now().toString(36);
    const listed = await createSession(sandboxAdmin, `Attributed Pilates ${tag}`);
    // A dataset the catalog does not list: its publisher is named, unlinked.
    await createSession(sandboxAdmin, `Uncatalogued Pilates ${tag}`, {
      identifier: `new-feed-${tag}`,
      publisherName: "Newtown Sports Club",
    });
    const dataset = datasets.get(listed.datasetId)!;
    expect(dataset).toBeTruthy();

    const day = londonDay(Date.parse(listed.startDate));
    const search = `/book?activity=Pilates&at=${listed.geo.latitude},${listed.geo.longitude}&from=${day}&to=${day}`;
    for (const p of [page, demoPage]) {
      await p.goto(search);
      const group = p
        .getByTestId("search-results")
        .locator("section")
        .filter({ has: p.getByRole("link", { name: new RegExp(`Attributed Pilates ${tag}`) }) });
      await expect(group).toHaveCount(1);
      await expectSourceLink(group, dataset);
      await expect(group.getByTestId("attribution")).toContainText("Newtown Sports Club");
      await expect(group.getByTestId("attribution").getByRole("link", { name: /Newtown Sports Club/ })).toHaveCount(0);
      if (p === page) await axeCheck(page);
      await checkSessionPage(p, listed.id, dataset);
    }
    await axeCheck(page);

    // Crawlers and failed script loads: the attribution is in the server's HTML.
    const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL: portalUrl() });
    const bare = await noScript.newPage();
    await bare.goto(search);
    await expectSourceLink(bare.getByTestId("search-results"), dataset);
    await checkSessionPage(bare, listed.id, dataset);
    await noScript.close();
  });

  test("courts results and the slot page, signed out and signed in", async ({ page, demoPage, sandboxAdmin, axeCheck }) => {
    test.setTimeout(120_000);
    const datasets = await catalog(sandboxAdmin);
    const clock = await sandboxAdmin.get<{ now: string }>("/admin/clock");
    const day = londonDay(Date.parse(clock.body.now) + 86_400_000);
    const slots = await sandboxAdmin.get<{ slots: { id: string }[] }>(
      `/admin/facility-slots?activity=badminton&date=${day}&state=free&limit=1`,
    );
    const slotId = new URL(slots.body.slots[0]!.id).pathname.split("/").pop()!;
    const detail = (await sandboxAdmin.get(`/facilities-api/v2/slots/${encodeURIComponent(slotId)}`)).body;
    const facilityUse = detail.facilityUse.facilityUse ?? detail.facilityUse;
    const dataset = datasets.get(facilityUse["imin:dataSource"].identifier)!;
    expect(dataset).toBeTruthy();
    const venueName: string = facilityUse.location.name.trim();
    const geo = facilityUse.location.geo;

    for (const p of [page, demoPage]) {
      await p.goto(`/book?tab=courts&activity=Badminton&day=${day}&at=${geo.latitude},${geo.longitude}`);
      const venue = p.getByTestId("courts-venue").filter({ has: p.getByRole("heading", { level: 2, name: venueName }) });
      await expect(venue).toHaveCount(1, { timeout: 30_000 });
      await expectSourceLink(venue, dataset);
      if (p === page) await axeCheck(page);

      await p.goto(`/book/slot/${encodeURIComponent(slotId)}`);
      await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
      await expectSourceLink(p.locator("main"), dataset);
    }
    await axeCheck(page);
  });

  test("the group booking page of a session", async ({ page, signUpNewUser, sandboxAdmin }) => {
    test.setTimeout(120_000);
    const datasets = await catalog(sandboxAdmin);
    const swim = await createFamilySwim(sandboxAdmin, 10);
    const source = (await sandboxAdmin.get(`/events-api/v2/scheduled-sessions/${encodeURIComponent(swim.id)}`)).body.superEvent[
      "imin:dataSource"
    ];
    const dataset = datasets.get(source.identifier)!;
    expect(dataset).toBeTruthy();

    const holder = await signUpNewUser();
    await page.goto("/family");
    const form = page.getByRole("form", { name: "Add a family member" });
    await form.getByLabel("First name").fill("Sam");
    await form.getByLabel("Last name").fill(holder.familyName);
    await form.getByLabel("Date of birth").fill("2018-01-15");
    await form.getByRole("button", { name: "Add family member" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Sam ${holder.familyName} has been added` })).toBeVisible();

    await page.goto(`/book/${encodeURIComponent(swim.id)}`);
    await page
      .getByRole("group", { name: "Who is coming?" })
      .getByRole("checkbox", { name: new RegExp(`^Sam ${holder.familyName}`) })
      .check();
    await page.getByRole("button", { name: "Continue to checkout" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Booking for several people" })).toBeVisible();
    await expectSourceLink(page.locator("main"), dataset);
  });
});
