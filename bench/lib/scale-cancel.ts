import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../scripts/support/chromium";

const GIVE_UP_AFTER_FAILURES = 3;

export interface CancelRun {
  /** The order items the portal said it cancelled. */
  cancelled: string[];
  failed: number;
  /** Each cancellation, from "Yes, cancel booking" to the dialog saying it is done, in ms. */
  times: number[];
}

/** "a=1; b=2" as Playwright cookies for `baseUrl`. */
function cookiesOf(header: string, baseUrl: string) {
  return header
    .split(";")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: baseUrl };
    });
}

/**
 * The customer cancelling bookings while the load runs, in Chromium as they would: /bookings, "Cancel
 * booking" on the first cancellable card, "Yes, cancel booking" in the dialog, and done when the
 * dialog says "Booking cancelled". One at a time, a second apart, until `until`.
 */
export async function cancelBookings(baseUrl: string, cookie: string, until: number): Promise<CancelRun> {
  const run: CancelRun = { cancelled: [], failed: 0, times: [] };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext();
    await context.addCookies(cookiesOf(cookie, baseUrl));
    const page = await context.newPage();
    // Pages wait behind the load's clients: seconds, not milliseconds.
    page.setDefaultTimeout(60_000);
    while (Date.now() < until && run.failed < GIVE_UP_AFTER_FAILURES) {
      try {
        await page.goto(`${baseUrl}/bookings`);
        const cancel = page.getByRole("button", { name: /^Cancel booking/ }).first();
        if ((await cancel.count()) === 0) break;
        await cancel.click();
        const dialog = page.getByRole("dialog", { name: /cancel this booking/i });
        const itemId = await dialog.locator('input[name="itemId"]').inputValue();
        const started = performance.now();
        await dialog.getByRole("button", { name: /yes, cancel booking/i }).click();
        await page.getByRole("dialog", { name: /booking cancelled/i }).waitFor();
        run.times.push(performance.now() - started);
        run.cancelled.push(itemId);
      } catch {
        run.failed += 1;
      }
      await page.waitForTimeout(1000);
    }
  } finally {
    await browser.close();
  }
  return run;
}
