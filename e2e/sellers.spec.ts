import type { Locator, Page } from "@playwright/test";
import { test, expect, E2E, sandboxAdminClient } from "./fixtures";

/** A seller's card on /sellers, found by its name heading. */
function sellerCard(scope: Page | Locator, name: string): Locator {
  const page = "page" in scope ? scope.page() : scope;
  return scope.getByTestId("seller").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

function linkedSection(page: Page) {
  return page.getByRole("region", { name: "Linked accounts" });
}

function otherSection(page: Page) {
  return page.getByRole("region", { name: "Other centres and clubs" });
}

test.describe("linked seller accounts", () => {
  test.beforeEach(async () => {
    await sandboxAdminClient().reset();
  });
  test.afterAll(async () => {
    await sandboxAdminClient().reset();
  });

  test("every seller with logo and contacts; the linked one with barcode and evidence request", async ({ demoPage, axeCheck }) => {
    await demoPage.goto("/sellers");
    await expect(demoPage.getByRole("heading", { level: 1, name: "Memberships" })).toBeVisible();

    const northern = sellerCard(linkedSection(demoPage), "Northern Active");
    await expect(northern).toBeVisible();
    await expect(northern.getByRole("img", { name: /access pass barcode for Northern Active, number AM00417263/i })).toBeVisible();
    await expect(northern.getByTestId("access-pass-number")).toHaveText("AM00417263");
    await expect(northern.locator("svg")).toHaveCount(1);
    await expect(northern).toContainText("demo@example.com");
    const entitlement = northern.getByTestId("entitlement");
    await expect(entitlement).toContainText("Concession");
    await expect(entitlement).toContainText("Evidence needed");
    await expect(entitlement.getByRole("link", { name: /upload evidence for concession/i })).toHaveAttribute(
      "href",
      /\/connect\/evidence\//,
    );

    const others = otherSection(demoPage).getByTestId("seller");
    await expect(others).toHaveCount(5);
    const riverside = sellerCard(demoPage, "Riverside Leisure Trust");
    await expect(riverside.getByTestId("matching-email")).toContainText("already has an account with your email");
    await expect(riverside.getByRole("link", { name: /^riverside-leisure\.example/ })).toBeVisible();
    await expect(riverside.getByRole("link", { name: /phone/i })).toHaveAttribute("href", /^tel:/);
    await expect(riverside.locator("img")).toHaveAttribute("src", /\/assets\/sellers\/riverside-leisure\.svg$/);
    await expect(sellerCard(demoPage, "Peak Community Sport").getByTestId("matching-email")).toHaveCount(0);

    // The link targets carry tokens: they never appear in the page.
    expect(await demoPage.content()).not.toContain("token=");
    await axeCheck(demoPage);
  });

  test("link an existing account at the seller", async ({ demoPage }) => {
    await demoPage.goto("/sellers");
    await sellerCard(demoPage, "Riverside Leisure Trust")
      .getByRole("button", { name: /connect my existing account/i })
      .click();

    await expect(demoPage.getByRole("heading", { name: "Sign in to Riverside Leisure Trust" })).toBeVisible();
    await expect(demoPage.getByLabel("Email address")).toHaveValue(E2E.demo.email);
    await demoPage.getByLabel("Password").fill("my-seller-password");
    await demoPage.getByRole("button", { name: "Sign in and link" }).click();

    await expect(demoPage).toHaveURL(/\/sellers\?.*outcome=linked/);
    await expect(demoPage.getByRole("status").filter({ hasText: "Your Riverside Leisure Trust account is now linked" })).toBeVisible();
    const riverside = sellerCard(linkedSection(demoPage), "Riverside Leisure Trust");
    await expect(riverside.getByTestId("access-pass-number")).toHaveText(/^\d{8,12}$/);
    await expect(riverside.getByTestId("hidden-entitlements")).toBeVisible();
  });

  test("create a new account at the seller, using only the keyboard", async ({ demoPage }) => {
    await demoPage.goto("/sellers");
    const create = sellerCard(demoPage, "Peak Community Sport").getByRole("button", { name: /create an account/i });
    await create.focus();
    await demoPage.keyboard.press("Enter");

    await expect(demoPage.getByRole("heading", { name: "Create your Peak Community Sport account" })).toBeVisible();
    await expect(demoPage.getByLabel("First name")).toHaveValue("Alex");
    await demoPage.getByLabel("Choose a password").fill("a-new-password");
    await demoPage.keyboard.press("Enter");

    await expect(demoPage.getByRole("status").filter({ hasText: "Your Peak Community Sport account is now linked" })).toBeVisible();
    await expect(sellerCard(linkedSection(demoPage), "Peak Community Sport").getByTestId("access-pass")).toBeVisible();
  });

  test("cancel linking at the seller", async ({ demoPage }) => {
    await demoPage.goto("/sellers");
    await sellerCard(demoPage, "Harbourside Fitness")
      .getByRole("button", { name: /connect my existing account/i })
      .click();
    await expect(demoPage.getByRole("heading", { name: "Sign in to Harbourside Fitness" })).toBeVisible();
    await demoPage.getByRole("button", { name: "Cancel" }).click();

    await expect(demoPage.getByText("You cancelled linking your Harbourside Fitness account. Nothing was changed.")).toBeVisible();
    await expect(sellerCard(otherSection(demoPage), "Harbourside Fitness")).toBeVisible();
  });

  test("a seller that cannot apply the broker's entitlement explains why", async ({ demoPage, sandboxAdmin }) => {
    await sandboxAdmin.post("/admin/linked-accounts", { customerId: E2E.demo.iminCustomerId, seller: "midland-pools" });
    await demoPage.goto("/sellers");
    const midland = sellerCard(linkedSection(demoPage), "Midland Pools & Gyms");
    await expect(midland.getByTestId("entitlement-errors")).toContainText("couldn't add your");
    await expect(midland.getByTestId("entitlement-errors")).toContainText("paid monthly membership");
  });

  test("set an access pass: one seller takes it, one refuses", async ({ demoPage, sandboxAdmin }) => {
    await sandboxAdmin.post("/admin/linked-accounts", { customerId: E2E.demo.iminCustomerId, seller: "peak-community-sport" });
    await demoPage.goto("/account");
    const form = demoPage.getByRole("form", { name: "Set your access pass" });

    // Checked before anything is sent.
    await form.getByLabel("Card number").fill("AB 12!");
    await form.getByRole("button", { name: "Save access pass" }).click();
    await expect(form.getByText("Use only letters, numbers and hyphens")).toBeVisible();
    expect((await sandboxAdmin.customer(E2E.demo.iminCustomerId)).accessPass.text).toBe("AM00417263");

    await form.getByLabel("Card number").fill("1234 5678");
    await form.getByRole("button", { name: "Save access pass" }).click();
    const results = form.getByTestId("access-pass-results");
    await expect(results).toContainText("Updated at:");
    await expect(results.getByRole("listitem").filter({ hasText: "Peak Community Sport" })).toBeVisible();
    await expect(results).toContainText("Not accepted by:");
    await expect(results.getByRole("listitem").filter({ hasText: "Northern Active" })).toContainText("two capital letters");
    expect((await sandboxAdmin.customer(E2E.demo.iminCustomerId)).accessPass.text).toBe("12345678");

    await demoPage.goto("/sellers");
    await expect(sellerCard(demoPage, "Peak Community Sport").getByTestId("access-pass-number")).toHaveText("12345678");
    await expect(sellerCard(demoPage, "Northern Active").getByTestId("access-pass-number")).toHaveText("AM00417263");
    // The customer's own change is not reported back to them as a seller change.
    await expect(demoPage.getByRole("region", { name: /updates? about your memberships/i })).toHaveCount(0);
  });
});
