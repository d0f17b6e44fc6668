import type { Page } from "@playwright/test";
import { test, expect, E2E, sandboxAdminClient, type SandboxAdmin } from "./fixtures";
import { portalUrl } from "./support/env";

const CUSTOMER = E2E.demo.iminCustomerId;
const NORTHERN = `/admin/linked-accounts/${CUSTOMER}/northern-active`;

function notices(page: Page) {
  return page.getByRole("region", { name: /updates? about your memberships/i }).getByRole("listitem");
}

/** Waits until the sandbox's delivery of the webhook got a 2xx from the portal. */
async function delivered(admin: SandboxAdmin, deliveryId: string) {
  await expect
    .poll(async () => {
      const { body } = await admin.get(`/admin/webhooks/deliveries?customerId=${CUSTOMER}`);
      const delivery = body.items.find((d: any) => d.id === deliveryId);
      return delivery ? `${delivery.state} ${delivery.attempts.at(-1)?.status ?? ""}` : "missing";
    })
    .toMatch(/^delivered 20\d$/);
}

async function dismissAll(page: Page) {
  while ((await notices(page).count()) > 0) {
    await notices(page)
      .first()
      .getByRole("button", { name: /dismiss/i })
      .click();
    await page.waitForLoadState("networkidle");
  }
}

/** The customer has looked at their sellers: that is the baseline later changes are compared with. */
async function baseline(page: Page) {
  await page.goto("/account");
  await expect(page.getByRole("form", { name: "Set your access pass" })).toBeVisible();
  await page.goto("/sellers");
  await expect(page.getByRole("region", { name: "Linked accounts" })).toBeVisible();
  await dismissAll(page);
}

test.describe("seller-side changes reach the customer", () => {
  test.beforeEach(async () => {
    await sandboxAdminClient().reset();
  });
  // Leave the demo customer as later specs expect it: seed data, no open notices.
  test.afterEach(async ({ demoPage }) => {
    await sandboxAdminClient().reset();
    await baseline(demoPage);
  });

  test("access pass changed at a seller", async ({ demoPage, sandboxAdmin }) => {
    await baseline(demoPage);
    const { body } = await sandboxAdmin.post(`${NORTHERN}/access-pass`, { text: "NA11223344" });
    await delivered(sandboxAdmin, body.delivery.id);

    // An in-app navigation (the signed-in layout stays) still brings the notice.
    await demoPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Bookings" }).click();
    await expect(demoPage).toHaveURL(/\/bookings$/);
    await expect(notices(demoPage)).toHaveCount(1);
    await expect(notices(demoPage).first()).toContainText("Northern Active changed your access pass");
    await expect(notices(demoPage).first()).toContainText("NA11223344");

    await demoPage.goto("/sellers");
    await expect(demoPage.getByTestId("access-pass-number").first()).toHaveText("NA11223344");
    await expect(notices(demoPage)).toHaveCount(1);
    await notices(demoPage)
      .first()
      .getByRole("button", { name: /dismiss/i })
      .click();
    await expect(notices(demoPage)).toHaveCount(0);
    await demoPage.reload();
    await expect(demoPage.getByRole("region", { name: "Linked accounts" })).toBeVisible();
    await expect(notices(demoPage)).toHaveCount(0);
  });

  test("account disconnected by the seller", async ({ demoPage, sandboxAdmin }) => {
    await baseline(demoPage);
    const { body } = await sandboxAdmin.del(NORTHERN);
    await delivered(sandboxAdmin, body.delivery.id);

    await demoPage.goto("/sellers");
    await expect(notices(demoPage)).toHaveCount(1);
    await expect(notices(demoPage).first()).toContainText("Your Northern Active account is no longer linked");
    await expect(
      demoPage.getByRole("region", { name: "Other centres and clubs" }).getByRole("heading", { name: "Northern Active" }),
    ).toBeVisible();
    await expect(demoPage.getByText("You haven't linked any accounts yet.")).toBeVisible();
  });

  test("entitlement removed after rejected evidence", async ({ demoPage, sandboxAdmin }) => {
    await baseline(demoPage);
    const { body } = await sandboxAdmin.post(`${NORTHERN}/reject-evidence`);
    await delivered(sandboxAdmin, body.delivery.id);

    await demoPage.goto("/sellers");
    await expect(notices(demoPage)).toHaveCount(1);
    await expect(notices(demoPage).first()).toContainText("did not accept your evidence, so your Concession entitlement has been removed");
    await expect(demoPage.getByTestId("entitlement")).toContainText("Removed: evidence not accepted");
  });

  test("details changed at a seller", async ({ demoPage, sandboxAdmin }) => {
    await baseline(demoPage);
    const { body } = await sandboxAdmin.post(`${NORTHERN}/customer`, { email: "alex.morgan@example.org" });
    await delivered(sandboxAdmin, body.delivery.id);
    await demoPage.goto("/account");
    await expect(notices(demoPage)).toHaveCount(1);
    await expect(notices(demoPage).first()).toContainText("alex.morgan@example.org");
  });
});

test.describe("the webhook endpoint", () => {
  const url = () => `${portalUrl()}/api/webhooks/imin`;
  const body = (identifier: string) => ({
    "@context": "https://openactive.io/",
    "@type": "CustomerAccount",
    "@id": `http://localhost:${E2E.sandboxPort}/api/v2/customer-accounts/${identifier}`,
    identifier,
  });

  test("a wrong or missing key is refused", async ({ request }) => {
    expect((await request.post(url(), { data: body(CUSTOMER), headers: { "X-Api-Key": "wrong" } })).status()).toBe(401);
    expect((await request.post(url(), { data: body(CUSTOMER) })).status()).toBe(401);
  });

  test("a malformed body is refused", async ({ request }) => {
    const headers = { "X-Api-Key": E2E.webhookKey, "content-type": "application/json" };
    expect((await request.post(url(), { data: "{not json", headers })).status()).toBe(400);
    expect((await request.post(url(), { data: { "@type": "Order", identifier: CUSTOMER }, headers })).status()).toBe(400);
    expect((await request.post(url(), { data: { "@type": "CustomerAccount" }, headers })).status()).toBe(400);
  });

  test("an unknown customer is answered 204 like any other", async ({ request }) => {
    const res = await request.post(url(), { data: body("nobody-we-know"), headers: { "x-api-key": E2E.webhookKey } });
    expect(res.status()).toBe(204);
    expect(await res.text()).toBe("");
  });

  test("repeated deliveries of one notification give one notice", async ({ demoPage, sandboxAdmin, request }) => {
    await sandboxAdmin.reset();
    await baseline(demoPage);
    const { body: event } = await sandboxAdmin.post(`${NORTHERN}/access-pass`, { text: "NA55667788" });
    await delivered(sandboxAdmin, event.delivery.id);
    for (let i = 0; i < 3; i++) {
      const res = await request.post(url(), { data: body(CUSTOMER), headers: { "X-Api-Key": E2E.webhookKey } });
      expect(res.status()).toBe(204);
    }
    await demoPage.goto("/sellers");
    await expect(notices(demoPage)).toHaveCount(1);
    await expect(notices(demoPage).first()).toContainText("NA55667788");
    await sandboxAdmin.reset();
    await baseline(demoPage);
  });
});
