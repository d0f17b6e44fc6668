import type { Browser, Page } from "@playwright/test";
import { twinPath } from "../../lib/i18n/locales";
import { expect, type SandboxAdmin } from "../fixtures";
import { createSession, type OfferSpec } from "./sessions";
import { englishIn, englishPhrases } from "./welsh-pages";

/** One page of the Welsh walk on data made for it (the fixed pages: WELSH_PAGES in ./welsh-pages.ts). */
interface WelshPage {
  path: string;
  /** Signed in as this customer (a Playwright storage state), the page opened with `?lang=cy`. */
  storageState?: Awaited<ReturnType<ReturnType<Page["context"]>["storageState"]>>;
  /** A locator that must be visible before the text is read (the data the page is walked for). */
  shows?: string;
  /** Selectors of what imin sent (kept as sent), left out of the check. */
  iminText?: string;
}

const WELSH_BROWSER = { locale: "cy-GB", extraHTTPHeaders: { "Accept-Language": "cy-GB,cy;q=0.9,en;q=0.5" } };

/** Opens each page in Welsh and fails on any English phrase of the catalogue in its title and text. */
export async function walkMadeWelshPages(browser: Browser, pages: WelshPage[]) {
  const phrases = englishPhrases();
  const found: string[] = [];
  for (const { path, storageState, shows, iminText } of pages) {
    const context = await browser.newContext({ ...WELSH_BROWSER, ...(storageState ? { storageState } : {}) });
    const page = await context.newPage();
    await page.goto(storageState ? twinPath(path, "cy") : path);
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    if (shows) await expect(page.locator(shows).first(), `${path}: ${shows}`).toBeVisible();
    if (iminText) {
      await page.locator(iminText).evaluateAll((els) => {
        for (const e of els) e.remove();
      });
    }
    const text = `${await page.title()}\n${await page.locator("body").innerText()}`;
    for (const phrase of englishIn(text, phrases)) found.push(`${path}${storageState ? " (signed in)" : ""}: ${phrase}`);
    await context.close();
  }
  expect(found).toEqual([]);
}

// The tickets of the walk's session: imin's names, chosen so that no English word of the catalogue is
// among them ("Junior" is one: the timetable's "Junior {price}"), so what the check finds is ours.
const ADULT: OfferSpec = { name: "Adult", pricePence: 650, ageMin: 16, cancellationWindowMinutes: 60 };
const CHILD: OfferSpec = { name: "Plentyn", pricePence: 300, ageMax: 15, cancellationWindowMinutes: 60 };

/** imin's words on a session or slot page: its name and activity, the venue, organiser and publisher. */
const PAGE_IMIN_TEXT = [
  "article > h1",
  "article > h1 + p",
  "dd > span.font-medium",
  // The map link names the venue.
  "dd > a[target=_blank]",
  "[data-testid=organiser]",
  "[data-testid=slot-provider]",
  "[data-testid=slot-court]",
  "[data-testid=attribution] a",
  // A court's prices are named by the seed ("Junior" is also the timetable's English): the names, and
  // the folded list of those not for this customer, which is made of them.
  "[data-testid=slot-offer] h3",
  "[data-testid=folded-offers] > summary",
].join(", ");

/**
 * The session, slot and group-booking pages in Welsh, on data made for the walk: a family swim
 * (Adult from 16, Plentyn to 15) seen signed out and by a new customer with a child (who is coming,
 * their tickets, the unfinished booking for several people), that customer's group booking of two
 * checkouts, and a free court slot signed out and signed in. `page` is the new customer's, signed in
 * (the `signUpNewUser` fixture); the family member and the plan are made in English, as a customer would.
 */
export async function welshBookingPages(page: Page, admin: SandboxAdmin): Promise<WelshPage[]> {
  const clock = await admin.get<{ now: string }>("/admin/clock");
  const now = Date.parse(clock.body.now);
  const swim = await createSession(admin, {
    name: `Nofio Teulu ${now.toString(36).slice(-5)}`,
    activity: "Swimming",
    capacity: 10,
    offers: [ADULT, CHILD],
  });
  const sessionPath = `/book/${encodeURIComponent(swim.id)}`;

  // A child of 8 (born 8 years and 100 days before the sandbox's today).
  const born = new Date(now - 100 * 86_400_000);
  born.setUTCFullYear(born.getUTCFullYear() - 8);
  await page.goto("/family");
  const form = page.getByRole("form", { name: "Add a family member" });
  await form.getByLabel("First name").fill("Sam");
  await form.getByLabel("Last name").fill("Jones");
  await form.getByLabel("Date of birth").fill(born.toISOString().slice(0, 10));
  await form.getByRole("button", { name: "Add family member" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sam Jones has been added" })).toBeVisible();

  // Two tickets for two people: two checkouts, so the booking for several people has a page of its own.
  await page.goto(sessionPath);
  const who = page.getByRole("group", { name: "Who is coming?" });
  await who.getByRole("checkbox", { name: /^Sam Jones/ }).check();
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Booking for several people" })).toBeVisible();
  const planPath = new URL(page.url()).pathname;
  const customer = await page.context().storageState();

  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now + 86_400_000);
  const free = await admin.get<{ slots: { id: string }[] }>(`/admin/facility-slots?date=${day}&state=free&price=paid&limit=1`);
  expect(free.body.slots, `a free paid slot on ${day}`).toHaveLength(1);
  const slotId = decodeURIComponent(free.body.slots[0]!.id.replace(/\/+$/, "").split("/").pop()!);
  const slotPath = `/book/slot/${encodeURIComponent(slotId)}`;

  return [
    { path: sessionPath, shows: "[data-testid=book-bar]", iminText: PAGE_IMIN_TEXT },
    { path: sessionPath, storageState: customer, shows: "#who-is-coming", iminText: PAGE_IMIN_TEXT },
    { path: planPath, storageState: customer, shows: "[data-testid=group-step]", iminText: "[data-testid=attribution] a" },
    { path: `${sessionPath}-gone` },
    { path: slotPath, shows: "[data-testid=book-bar]", iminText: PAGE_IMIN_TEXT },
    { path: slotPath, storageState: customer, shows: "[data-testid=book-bar]", iminText: PAGE_IMIN_TEXT },
  ];
}
