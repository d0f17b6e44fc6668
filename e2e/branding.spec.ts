import { expect, test } from "./fixtures";
import { secondBrandPortal } from "./support/portal";

test("landing, sign-in and sign-up pages carry the brand and pass axe", async ({ page, axeCheck }) => {
  await page.goto("/");
  await expect(page.getByTestId("brand-name")).toContainText("Acme Fitness");
  await expect(page.getByText("Sandbox", { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(/Acme Fitness/);
  await axeCheck(page);
  await page.getByRole("link", { name: "Sign in" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await axeCheck(page);
  await page.goto("/sign-up");
  await axeCheck(page);
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await axeCheck(page);
});

test.describe("a second brand", () => {
  // A second portal from the same build, started with another BROKER_CONFIG.
  const portal = secondBrandPortal(90_000);

  test("the same build serves a second brand: name, colours, title and links", async ({ page, axeCheck }) => {
    await page.goto(`${portal.url()}/`);
    await expect(page.getByTestId("brand-name")).toContainText("Riverside Active");
    await expect(page).toHaveTitle(/Riverside Active/);
    const primary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--brand-primary").trim());
    expect(primary).toBe("#0f766e");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(240, 253, 250)");
    await expect(page.getByRole("link", { name: "Create an account" })).toHaveCSS("background-color", "rgb(15, 118, 110)");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Privacy" })).toHaveAttribute(
      "href",
      "https://riverside-active.example/privacy",
    );
    await axeCheck(page);
    await page.goto(`${portal.url()}/sign-in`);
    await expect(page).toHaveTitle("Sign in · Riverside Active");
    await axeCheck(page);
  });
});
