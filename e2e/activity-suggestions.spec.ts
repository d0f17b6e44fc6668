import { expect, sandboxAdminClient, test } from "./fixtures";
import { adultOffer, createSession } from "./support/sessions";

/**
 * The /book activity filter suggests the activities imin lists as the customer types, forgives
 * slips, spaces and case, and asks "Did you mean …?" for a value near one activity.
 */

test.describe("activity suggestions", () => {
  test.beforeAll(async () => {
    const sandboxAdmin = sandboxAdminClient();
    await sandboxAdmin.reset();
    // The activities the spec types, on offer near the brand's home whatever the seed holds.
    await createSession(sandboxAdmin, { activity: "Swimming", offers: [adultOffer] });
    await createSession(sandboxAdmin, { activity: "Badminton", offers: [adultOffer] });
  });

  test("typing a slip suggests the activity; arrows, Enter and Escape work the list; 44 px options; axe clean", async ({
    demoPage: page,
    axeCheck,
  }) => {
    await page.goto("/book");
    const input = page.getByRole("combobox", { name: "Activity" });
    await input.fill("swimmng");
    const list = page.getByRole("listbox", { name: "Suggestions" });
    await expect(list).toBeVisible();
    await expect(input).toHaveAttribute("aria-expanded", "true");
    const option = list.getByRole("option", { name: "Swimming" });
    await expect(option).toBeVisible();
    expect((await option.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await axeCheck(page);

    // Down arrow marks the first suggestion (focus stays in the input); Enter takes it.
    await input.press("ArrowDown");
    const activeId = await input.getAttribute("aria-activedescendant");
    expect(activeId).toBeTruthy();
    await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute("aria-selected", "true");
    await expect(input).toBeFocused();
    await input.press("Enter");
    await expect(input).toHaveValue("Swimming");
    await expect(list).toBeHidden();
    await expect(input).toHaveAttribute("aria-expanded", "false");
    // Still on the form: the Enter took the suggestion, it did not search.
    await expect(page).not.toHaveURL(/activity=/);

    // Escape closes the list and keeps what was typed.
    await input.fill("bad");
    await expect(list.getByRole("option", { name: "Badminton" })).toBeVisible();
    await input.press("Escape");
    await expect(list).toBeHidden();
    await expect(input).toHaveValue("bad");

    // A tap on a suggestion takes it.
    await input.fill("badm");
    await list.getByRole("option", { name: "Badminton" }).click();
    await expect(input).toHaveValue("Badminton");
  });

  test("spaces and case do not matter: 'bad minton' searches Badminton", async ({ demoPage: page }) => {
    await page.goto("/book");
    await page.getByTestId("filters").locator("summary").click();
    await page.getByLabel("Within").selectOption("50");
    await page.getByRole("combobox", { name: "Activity" }).fill("bad minton");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/activity=Badminton(&|$)/);
    // The timetable's rows name the session, not its activity: the search itself is Badminton's.
    await expect(page.getByTestId("search-results").getByRole("listitem").first()).toBeVisible();
    await expect(page.getByTestId("courts-offer")).toContainText("Badminton");
  });

  test("a value near one activity asks 'Did you mean …?', and the answer fills it in", async ({ demoPage: page, axeCheck }) => {
    await page.goto("/book?activity=swimmng");
    const input = page.getByRole("combobox", { name: "Activity" });
    await expect(input).toHaveValue("swimmng");
    const prompt = page.getByText("Did you mean");
    await expect(prompt).toBeVisible();
    await axeCheck(page);
    await prompt.getByRole("button", { name: "Swimming" }).click();
    await expect(input).toHaveValue("Swimming");
    await expect(prompt).toBeHidden();
    // Nothing near: no prompt and no suggestions.
    await input.fill("quidditch");
    await expect(page.getByText("Did you mean")).toBeHidden();
    await expect(page.getByRole("listbox", { name: "Suggestions" })).toBeHidden();
  });
});
