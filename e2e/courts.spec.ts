import type { Page } from "@playwright/test";
import { expect, type SandboxAdmin, test } from "./fixtures";

/**
 * Courts and pitches, end to end against the sandbox: the availability grid on /book, the slot
 * page, imin's hosted checkout with a Slot, /bookings with the court, cancellation, and the grid
 * again. Slots are chosen through `/admin/facility-slots` and the sandbox clock, never by the seed
 * of the day the spec runs.
 */

const LONDON = "Europe/London";
const londonDay = (ms: number) => new Intl.DateTimeFormat("en-CA", { timeZone: LONDON }).format(ms);
const londonClock = (ms: number) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(ms);
const tail = (url: string) => decodeURIComponent(url.replace(/\/+$/, "").split("/").pop()!);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface AdminSlot {
  id: string;
  startDate: string;
  court?: string;
  state: string;
}

async function sandboxNow(admin: SandboxAdmin): Promise<number> {
  const clock = await admin.get<{ now: string }>("/admin/clock");
  return Date.parse(clock.body.now);
}

/** The Slot By-ID answer, as imin would give it to the portal. */
async function slotById(admin: SandboxAdmin, slot: AdminSlot) {
  const res = await admin.get(`/facilities-api/v2/slots/${encodeURIComponent(tail(slot.id))}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** ISO 8601 minutes ("PT2H" → 120). */
function minutes(duration: string | undefined): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration ?? "");
  return m ? Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : Number.POSITIVE_INFINITY;
}

/**
 * A free, paid badminton court tomorrow evening (London) whose adult price can still be cancelled
 * online by the time the test runs (the seed's cancellation windows are 1 hour, 2 hours or 1 day).
 */
async function badmintonTomorrowEvening(admin: SandboxAdmin) {
  const now = await sandboxNow(admin);
  const day = londonDay(now + 86_400_000);
  const res = await admin.get<{ slots: AdminSlot[] }>(
    `/admin/facility-slots?activity=badminton&date=${day}&state=free&courts=individual&price=paid&limit=200`,
  );
  expect(res.status).toBe(200);
  for (const slot of res.body.slots.filter((s) => Number(londonClock(Date.parse(s.startDate)).slice(0, 2)) >= 17)) {
    const detail = await slotById(admin, slot);
    const adult = (detail.offers as { name: string; latestCancellationBeforeStartDate?: string }[]).find((o) => /^Adult/.test(o.name));
    if (adult && Date.parse(slot.startDate) - minutes(adult.latestCancellationBeforeStartDate) * 60_000 > now + 30 * 60_000) {
      return { slot, detail, day };
    }
  }
  throw new Error(`no cancellable free badminton court on ${day} evening in the sandbox`);
}

async function payOnCheckout(page: Page, card: string) {
  await expect(page.getByRole("heading", { level: 1, name: "Check out" })).toBeVisible();
  await page.getByLabel("Card number").fill(card);
  await page.getByRole("button", { name: /^Pay / }).click();
}

test.describe("Courts and pitches", () => {
  test("find a badminton court tomorrow evening, book it, see it in bookings with the court, cancel it, the grid shows it free again", async ({
    demoPage: page,
    sandboxAdmin,
    axeCheck,
  }) => {
    test.setTimeout(240_000);
    await sandboxAdmin.reset();
    const { slot, detail, day } = await badmintonTomorrowEvening(sandboxAdmin);
    const court = slot.court!;
    const venueName: string = detail.facilityUse.facilityUse.location.name.trim();
    const start = londonClock(Date.parse(slot.startDate));
    const cellName = new RegExp(`^${escapeRegExp(court)}, ${start}–\\d\\d:\\d\\d, £[\\d.]+, available$`);

    await page.goto("/book");
    await page.getByRole("link", { name: "Courts and pitches" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Book a court or pitch" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("link", { name: "Courts and pitches" })).toHaveAttribute("aria-current", "page");
    await page.getByLabel("Activity").selectOption("Badminton");
    await page.getByLabel("Day").fill(day);
    await page.getByLabel("From").fill("17:00");
    const near = await page.locator("#courts-near option", { hasText: venueName }).first().getAttribute("value");
    await page.getByLabel("Near").selectOption(near!);
    await page.getByRole("button", { name: "Show courts" }).click();
    await expect(page).toHaveURL(/tab=courts/);
    await expect(page).toHaveURL(new RegExp(`day=${day}`));

    const venue = page.getByTestId("courts-venue").filter({ has: page.getByRole("heading", { level: 2, name: venueName }) });
    const grid = venue.getByRole("table").first();
    await expect(grid.locator("caption")).toContainText(/Times are the venue's local time \((GMT|BST)\)/);
    await expect(grid.getByRole("columnheader", { name: start })).toBeVisible();
    await expect(grid.getByRole("rowheader", { name: court, exact: true })).toBeVisible();
    await axeCheck(page);

    // On a 390 px phone the grid scrolls inside its own box; the page itself does not.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Scrolled to the latest times, the court names stay at the left edge (sticky row headers).
    await grid.scrollIntoViewIfNeeded();
    await grid.locator("xpath=ancestor::section[1]").evaluate((box) => {
      box.scrollLeft = box.scrollWidth;
    });
    const rowHeader = await grid.getByRole("rowheader", { name: court, exact: true }).boundingBox();
    expect(rowHeader!.x).toBeGreaterThanOrEqual(0);
    expect(rowHeader!.x).toBeLessThan(60);
    await page.setViewportSize({ width: 1280, height: 720 });

    // Keyboard: the cell is a link reached with Tab and followed with Enter.
    const cell = venue.getByRole("link", { name: cellName });
    await cell.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: `Badminton Courts, ${court}` })).toBeVisible();
    await expect(page.getByTestId("slot-court")).toHaveText(court);
    await expect(page.locator("time").first()).toHaveText(new RegExp(`${start}–\\d\\d:\\d\\d (GMT|BST)$`));
    await axeCheck(page);
    const slotUrl = page.url();

    // A second tab stays on the slot page: it will try to book the court after this one has it.
    const stale = await page.context().newPage();
    await stale.goto(slotUrl);
    await expect(stale.getByRole("button", { name: /^Book now: Adult/ })).toBeVisible();

    await page.getByRole("button", { name: /^Book now: Adult/ }).click();
    await payOnCheckout(page, "4242 4242 4242 4242");
    await expect(page.getByRole("heading", { level: 1, name: "Booking confirmed" })).toBeVisible();
    await page.getByRole("link", { name: "View my bookings" }).click();
    await expect(page).toHaveURL(/\/bookings$/);
    const booking = page
      .getByTestId("booking")
      .filter({ hasText: "Badminton Courts" })
      .filter({ hasText: court })
      .filter({ hasText: start });
    await expect(booking).toHaveCount(1);
    await expect(booking.locator("dt", { hasText: /^Court$/ }).locator("xpath=following-sibling::dd[1]")).toHaveText(court);

    // The stale tab: taken between the grid and Book Now → back on a fresh grid that says so.
    await stale.getByRole("button", { name: /^Book now: Adult/ }).click();
    await expect(stale.getByRole("alert").filter({ hasText: "Just taken: pick another" })).toBeVisible();
    await expect(stale).toHaveURL(/tab=courts/);
    const staleVenue = stale.getByTestId("courts-venue").filter({ has: stale.getByRole("heading", { level: 2, name: venueName }) });
    await expect(staleVenue.getByRole("link", { name: cellName })).toHaveCount(0);
    await stale.close();

    await booking.getByRole("button", { name: /Cancel booking/ }).click();
    await page.getByRole("button", { name: "Yes, cancel booking" }).click();
    await expect(page.getByRole("heading", { name: "Booking cancelled" })).toBeVisible();
    await page.getByRole("button", { name: "Close" }).click();

    await page.goto(`/book?tab=courts&activity=Badminton&day=${day}&after=17:00&near=${encodeURIComponent(near!)}`);
    await expect(venue.getByRole("link", { name: cellName })).toHaveCount(1);
  });

  test("a full slot and a members-only slot each say why; a seller without online booking says so", async ({
    demoPage: page,
    sandboxAdmin,
    axeCheck,
  }) => {
    await sandboxAdmin.reset();
    const day = londonDay((await sandboxNow(sandboxAdmin)) + 86_400_000);
    const pick = async (state: string) => {
      const res = await sandboxAdmin.get<{ slots: AdminSlot[] }>(`/admin/facility-slots?date=${day}&state=${state}&limit=1`);
      expect(res.body.slots, `a ${state} slot on ${day}`).toHaveLength(1);
      return `/book/slot/${encodeURIComponent(tail(res.body.slots[0]!.id))}`;
    };

    await page.goto(await pick("full"));
    await expect(page.getByRole("alert").filter({ hasText: "This slot can't be booked" })).toContainText("Full: every court is taken");
    await expect(page.getByRole("button", { name: /^Book now/ })).toHaveCount(0);
    await axeCheck(page);

    await page.goto(await pick("members-only"));
    await expect(page.getByRole("status").filter({ hasText: "Members only" })).toContainText("only members of");
    await expect(page.getByTestId("slot-offer")).toHaveCount(1);
    await expect(page.getByTestId("slot-offer")).toContainText("Members only");

    await page.goto(await pick("not-bookable"));
    await expect(page.getByTestId("slot-unbookable-reason")).toContainText("No online booking");
  });

  test("an unknown slot and a Facilities API outage show a message, not an error page", async ({ demoPage: page, sandboxAdmin }) => {
    await page.goto("/book/slot/fu-0-nothing-c12020-01-01T10-00-00");
    await expect(page.getByRole("alert").filter({ hasText: "This slot is no longer available" })).toBeVisible();
    expect((await sandboxAdmin.put("/admin/faults", { route: "/facilities-api", errorRate: 1, errorStatus: 503 })).status).toBe(200);
    try {
      await page.goto("/book?tab=courts");
      await expect(page.getByRole("alert").filter({ hasText: "Courts can't be searched right now" })).toBeVisible();
      await expect(page.getByLabel("Activity")).toBeVisible();
    } finally {
      await sandboxAdmin.del("/admin/faults");
    }
  });
});
