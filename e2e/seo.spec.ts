import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { portalUrl } from "./support/env";
import { adultOffer, createSession } from "./support/sessions";

/**
 * Findable and shareable session pages (issue 27, part 3), as a search engine or a link preview
 * sees them, signed out: the head, the Event JSON-LD, the share image, robots.txt and the sitemap,
 * and 410 Gone once the organiser cancels.
 */

const PNG_SIGNATURE = "89504e470d0a1a0a";

test("a session page's head: canonical, Open Graph, Twitter card, Event JSON-LD; its share image is a PNG", async ({
  page,
  sandboxAdmin,
}) => {
  const session = await createSession(sandboxAdmin, { offers: [adultOffer] });
  const path = `/book/${encodeURIComponent(session.id)}`;
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(session.name);

  const head = page.locator("head");
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", `${portalUrl()}${path}`);
  await expect(page).toHaveTitle(new RegExp(`^${session.name}, `));
  await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", /£6\.50/);
  await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", /\d{2}:\d{2}.*(GMT|BST)/);
  await expect(head.locator('meta[name="robots"]')).toHaveAttribute("content", /^index, follow/);
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", new RegExp(`^${session.name}, `));
  await expect(head.locator('meta[property="og:url"]')).toHaveAttribute("content", `${portalUrl()}${path}`);
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const ogImage = await head.locator('meta[property="og:image"]').first().getAttribute("content");
  expect(ogImage).toMatch(new RegExp(`^${portalUrl()}${path}/opengraph-image`));
  await expect(head.locator('meta[name="twitter:image"]').first()).toHaveAttribute("content", ogImage!);

  const image = await page.request.get(ogImage!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await image.body()).subarray(0, 8).toString("hex")).toBe(PNG_SIGNATURE);

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const event = JSON.parse(blocks[0]!);
  expect(event).toMatchObject({
    "@context": "https://schema.org",
    "@type": "Event",
    name: session.name,
    url: `${portalUrl()}${path}`,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: { "@type": "Place", address: { "@type": "PostalAddress" } },
    offers: [{ "@type": "Offer", price: "6.50", priceCurrency: "GBP", url: `${portalUrl()}${path}` }],
    organizer: { "@type": "Organization" },
  });
  expect(event.startDate).toMatch(/T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

  // A link preview that reads only HTML finds the tags in the served head.
  const html = await (await page.request.get(path, { headers: { "user-agent": "Twitterbot/1.0" } })).text();
  const served = html.slice(0, html.indexOf("</head>"));
  expect(served).toContain(`<link rel="canonical" href="${portalUrl()}${path}"/>`);
  expect(served).toMatch(/<meta property="og:image" content="[^"]+opengraph-image/);
});

test("a slot page's head: canonical, Open Graph with its own share image, and no Event JSON-LD", async ({ page, sandboxAdmin }) => {
  const clock = await sandboxAdmin.get<{ now: string }>("/admin/clock");
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(Date.parse(clock.body.now) + 86_400_000);
  const found = await sandboxAdmin.get<{ slots: { id: string }[] }>(
    `/admin/facility-slots?activity=badminton&date=${day}&state=free&limit=1`,
  );
  expect(found.body.slots, `a free badminton slot on ${day}`).toHaveLength(1);
  const slotId = decodeURIComponent(found.body.slots[0]!.id.replace(/\/+$/, "").split("/").pop()!);
  const path = `/book/slot/${encodeURIComponent(slotId)}`;
  expect((await page.goto(path))?.status()).toBe(200);

  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  // As a link preview reads it (a browser may get the head streamed into the body, then hoisted).
  const html = await (await page.request.get(path, { headers: { "user-agent": "Slackbot-LinkExpanding 1.0" } })).text();
  const served = html.slice(0, html.indexOf("</head>"));
  expect(served).toContain(`<link rel="canonical" href="${portalUrl()}${path}"/>`);
  expect(served).toMatch(/<meta property="og:title" content="[^"]+\d{2}:\d{2}"\/>/);
  expect(served).toMatch(/<meta name="description" content="Book [^"]+(GMT|BST)/);
  const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(served)?.[1];
  expect(ogImage).toMatch(new RegExp(`^${portalUrl()}${path}/opengraph-image`));
  const image = await page.request.get(ogImage!.replaceAll("&amp;", "&"));
  expect(image.headers()["content-type"]).toBe("image/png");
});

test("robots.txt allows the public pages and names the sitemap, which lists an upcoming session", async ({ page, sandboxAdmin }) => {
  const session = await createSession(sandboxAdmin, { offers: [adultOffer] });
  const robots = await page.request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toContain("Allow: /book");
  for (const path of ["/account", "/bookings", "/orders", "/staff", "/api/"]) expect(text).toContain(`Disallow: ${path}`);
  expect(text).toContain(`Sitemap: ${portalUrl()}/sitemap.xml`);

  const sitemap = await page.request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()["content-type"]).toMatch(/xml/);
  expect(await sitemap.text()).toContain(`<loc>${portalUrl()}/book/${encodeURIComponent(session.id)}</loc>`);
});

test("a cancelled or unknown session answers 410 Gone with a way back to the timetable", async ({ page, sandboxAdmin, axeCheck }) => {
  const session = await createSession(sandboxAdmin, { offers: [adultOffer] });
  const path = `/book/${encodeURIComponent(session.id)}`;
  const cancelled = await sandboxAdmin.post(`/admin/sessions/${encodeURIComponent(session.id)}/cancel`, { message: "Instructor unwell" });
  expect(cancelled.status).toBe(200);

  const response = await page.goto(path);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This session is no longer available");
  await expect(page.getByRole("link", { name: "See the timetable" })).toHaveAttribute("href", "/book");
  const robots = await page.locator('meta[name="robots"]').evaluateAll((metas) => metas.map((m) => m.getAttribute("content")));
  expect(robots.some((r) => r?.includes("noindex"))).toBe(true);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await axeCheck(page);

  expect((await page.request.get(`/book/${randomUUID()}`, { maxRedirects: 0 })).status()).toBe(410);
  // Only the session page: other pages keep their 404.
  expect((await page.request.get(`/no-such-page-${randomUUID()}`, { maxRedirects: 0 })).status()).toBe(404);
});
