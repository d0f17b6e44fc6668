import type { Page } from "@playwright/test";
import { payOnCheckout } from "./support/checkout";
import { adultOffer, createSession } from "./support/sessions";
import { englishIn, englishPhrases } from "./support/welsh-pages";
import { expect, test } from "./fixtures";

// Bookings and orders in Welsh (issue 28, docs/features/languages.md): a customer who chose Cymraeg
// books a session made for the test, sees it in Welsh, cancels it in Welsh, and finds the order in
// Welsh; axe on each page and dialog, and no catalogue English on the bookings and orders pages.

test.setTimeout(180_000);

/** No catalogue English in the page's title and text; `iminText` marks what imin sent (kept as sent), left out. */
async function expectNoEnglish(page: Page, iminText?: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  if (iminText)
    await page.locator(iminText).evaluateAll((els) => {
      for (const e of els) e.remove();
    });
  const text = `${await page.title()}\n${await page.locator("body").innerText()}`;
  expect(englishIn(text, englishPhrases()), `English on ${page.url()}`).toEqual([]);
}

test("a customer who chose Cymraeg books a session and cancels it, all in Welsh", async ({
  page,
  signUpNewUser,
  sandboxAdmin,
  axeCheck,
}) => {
  // Signed up in English (the browser's language), then Cymraeg chosen with the switch: the choice
  // is stored on the login, so every later page is Welsh without asking again.
  await signUpNewUser();
  await page.getByTestId("language-switch").getByRole("link", { name: "Cymraeg" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");

  // Nothing booked yet: both lists say so in Welsh.
  await page.goto("/bookings");
  await expect(page.getByText("Does gennych chi ddim archebion i ddod")).toBeVisible();
  await expect(page.getByRole("link", { name: "Dod o hyd i sesiwn" })).toHaveAttribute("href", "/book");
  await expectNoEnglish(page);
  await axeCheck(page);
  await page.goto("/orders");
  await expect(page.getByText("Does gennych chi ddim pryniannau eto")).toBeVisible();
  await expectNoEnglish(page);

  const session = await createSession(sandboxAdmin, { activity: "Swimming", offers: [adultOffer] });
  await page.goto(`/book/${encodeURIComponent(session.id)}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  // The session page in Welsh: the price bar's Book, the policy with its window in Welsh, the tickets.
  const bar = page.getByTestId("book-bar");
  await expect(bar.getByRole("button", { name: "Archebu nawr: tocyn Adult" })).toHaveText("Archebu");
  await expect(bar.getByTestId("cancel-policy")).toHaveText("Gallwch ganslo ar-lein am ad-daliad llawn hyd at 1 awr cyn y dechrau");
  await expect(page.getByRole("heading", { level: 2, name: "Tocynnau" })).toBeVisible();
  await expect(page.getByTestId("who-for")).toHaveText("Oed 16 a hŷn");
  await expect(page.getByRole("link", { name: "Yn ôl i’r chwiliad" })).toHaveAttribute("href", "/book");
  await axeCheck(page);
  // imin's words (the session's name and activity, the venue and its map link, organiser, publisher) are kept as sent.
  await expectNoEnglish(
    page,
    "article > h1, article > h1 + p, dd > span.font-medium, dd > a[target=_blank], [data-testid=organiser], [data-testid=attribution] a",
  );
  await bar.getByRole("button", { name: "Archebu nawr: tocyn Adult" }).click();
  // imin's hosted checkout is imin's own page.
  await payOnCheckout(page);

  // The desk's list of this week's codes: its time in Welsh too (the pack saved for offline is made in it).
  await page.goto("/pass");
  const tile = page.getByRole("link").filter({ hasText: session.name });
  // Its name and its time are separate lines: the text runs on ("…8oMer 9 Rhag"), so no word boundary before the day.
  await expect(tile).toContainText(/(Llun|Maw|Mer|Iau|Gwen|Sad|Sul) \d{1,2} /);
  await expect(tile).not.toContainText(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} /);

  await page.goto("/bookings");
  await expect(page.getByRole("heading", { level: 1, name: "Eich archebion" })).toBeVisible();
  await expect(page).toHaveTitle(/^Eich archebion · /);
  const card = page.getByTestId("booking").filter({ hasText: session.name });
  await expect(card.getByText("Wedi’i chadarnhau")).toBeVisible();
  // Each link names its booking for screen readers ("Manylion yr archeb: <session>").
  await expect(card.getByRole("link", { name: /^Manylion yr archeb\b/ })).toContainText("Manylion yr archeb");
  await expectNoEnglish(page);
  await axeCheck(page);

  await card.getByRole("button", { name: /^Canslo archeb\b/ }).click();
  const dialog = page.getByRole("dialog", { name: "Canslo’r archeb hon?" });
  await expect(dialog).toContainText("bydd eich ad-daliad yn dilyn yn awtomatig");
  await expect(dialog.getByRole("button", { name: "Cadw’r archeb" })).toBeFocused();
  await axeCheck(page);
  await dialog.getByRole("button", { name: "Ie, canslo’r archeb" }).click();
  const done = page.getByRole("dialog", { name: "Archeb wedi’i chanslo" });
  await expect(done.getByRole("status")).toHaveText(
    "Archeb wedi’i chanslo. Bydd eich ad-daliad yn dilyn yn awtomatig, a byddwch yn cael e-bost i’w gadarnhau.",
  );
  await axeCheck(page);
  await done.getByRole("button", { name: "Cau" }).click();
  await expect(card.getByText("Wedi’i chanslo gennych chi")).toBeVisible();
  await expect(card.getByRole("button", { name: /Canslo archeb/ })).toHaveCount(0);
  await expectNoEnglish(page);

  // The order, cancelled, in the past bookings and on its own page.
  await page.goto("/orders");
  await expect(page.getByRole("heading", { level: 1, name: "Archebion blaenorol a derbynebau" })).toBeVisible();
  const order = page.getByTestId("order").filter({ hasText: session.name });
  await expect(order.getByText("Wedi’i ganslo", { exact: true })).toBeVisible();
  await expectNoEnglish(page);
  await axeCheck(page);
  await order.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Pryniant /);
  await expect(page.getByRole("heading", { level: 2, name: "Beth a archebwyd gennych" })).toBeVisible();
  await expect(page.getByTestId("order-item").getByText("Wedi’i chanslo gennych chi")).toBeVisible();
  await axeCheck(page);
  // The seller's own links under "Gwerthwyd gan" ("Privacy", "Terms") are imin's words.
  await expectNoEnglish(page, "dl > dd > ul");
});
