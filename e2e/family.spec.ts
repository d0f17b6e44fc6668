import { expect, newUserData, type SandboxAdmin, test } from "./fixtures";
import { SignUpPage } from "./pages/sign-up-page";
import { payCheckoutSession } from "./support/checkout";
import { checkoutSessionRequest, portalLinks } from "../tests/support/checkout-request";

/**
 * Family members (/family): a new account holder adds a child and an adult, edits and removes them;
 * the sandbox shows what imin holds. Dates are relative to today, so the ages hold on any date.
 */

// Each test signs a new person up (mail round trip) before it starts; the shared machine is slow at times.
test.setTimeout(240_000);

function yearsAgo(years: number, days = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

async function accountsWithEmail(admin: SandboxAdmin, email: string) {
  const res = await admin.get<{ items: { identifier: string; givenName: string }[] }>(
    `/admin/customers?email=${encodeURIComponent(email)}`,
  );
  return res.body.items;
}

test("sign-up says accounts are 13 and over and points to family members", async ({ page, axeCheck }) => {
  await page.goto("/sign-up");
  await expect(page.getByText(/accounts are for people aged 13 and over/i)).toBeVisible();
  await expect(page.getByTestId("sign-up-family-note")).toContainText("add them as family members");
  const signUp = new SignUpPage(page);
  await signUp.fill(newUserData({ birthDate: yearsAgo(10) }));
  await signUp.submit();
  await expect(page.getByText("You must be 13 or over to create an account.")).toBeVisible();
  await axeCheck(page);
});

test("add a child and an adult, edit one, remove the other", async ({ page, signUpNewUser, sandboxAdmin, axeCheck }) => {
  const holder = await signUpNewUser();

  // On a phone, Family is in the Account tab's menu.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Family" }).click();
  await expect(page).toHaveURL(/\/family$/);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole("heading", { level: 1, name: "Family members" })).toBeVisible();
  await expect(page.getByText("No family members yet")).toBeVisible();
  await axeCheck(page);

  const form = page.getByRole("form", { name: "Add a family member" });
  const add = form.getByRole("button", { name: "Add family member" });

  // Validation: each field says what is wrong, and nothing reaches imin.
  const before = (await accountsWithEmail(sandboxAdmin, holder.email)).length;
  await add.click();
  await expect(form.getByText("Enter their first name.")).toBeVisible();
  await expect(form.getByText("Enter their last name.")).toBeVisible();
  await expect(form.getByText("Enter their date of birth.")).toBeVisible();
  await expect(form.getByLabel("First name")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("First name").fill("Sam");
  await form.getByLabel("Last name").fill(holder.familyName);
  const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel("Date of birth").fill(tomorrow);
  await form.getByLabel("Email (optional)").fill("not-an-email");
  await add.click();
  await expect(form.getByText("Their date of birth can't be in the future.")).toBeVisible();
  await expect(form.getByText(/Enter an email address like name@example.com/)).toBeVisible();
  // What was typed stays.
  await expect(form.getByLabel("First name")).toHaveValue("Sam");
  await form.getByLabel("Date of birth").fill(yearsAgo(130));
  await add.click();
  await expect(form.getByText(/they would be 120 or older/)).toBeVisible();
  expect(await accountsWithEmail(sandboxAdmin, holder.email)).toHaveLength(before);

  // A child: the holder's email stands in, and imin hears they are under 13.
  await form.getByLabel("Date of birth").fill(yearsAgo(8, 40));
  await form.getByLabel("Email (optional)").fill("");
  await add.click();
  await expect(page.getByRole("status").filter({ hasText: `Sam ${holder.familyName} has been added` })).toBeVisible();
  const list = page.getByRole("list", { name: "Your family members" });
  await expect(list.getByTestId("family-member")).toHaveCount(1);
  await expect(list).toContainText("8 years old");
  await expect(list).toContainText("under 13");
  const sam = (await accountsWithEmail(sandboxAdmin, holder.email)).find((c) => c.givenName === "Sam");
  expect(sam).toBeDefined();
  const samAtImin = await sandboxAdmin.customer(sam!.identifier);
  expect(samAtImin.customer["imin:is13OrOver"]).toBe(false);

  // An adult with their own email and an emergency contact.
  const joEmail = `jo-${Date.now().toString(36)}@example.com`;
  await form.getByLabel("First name").fill("Jo");
  await form.getByLabel("Last name").fill(holder.familyName);
  await form.getByLabel("Date of birth").fill(yearsAgo(41, 20));
  await form.getByLabel("Gender (optional)").selectOption({ label: "Female" });
  await form.getByLabel("Email (optional)").fill(joEmail);
  await form.getByLabel("Emergency contact name").fill("Pat Example");
  await form.getByLabel("Emergency contact phone").fill("020 7946 0000");
  await add.click();
  await expect(page.getByRole("status").filter({ hasText: "Jo " })).toBeVisible();
  await expect(list.getByTestId("family-member")).toHaveCount(2);
  await expect(list.getByTestId("family-member").nth(1)).toContainText("41 years old");
  const [jo] = await accountsWithEmail(sandboxAdmin, joEmail);
  expect((await sandboxAdmin.customer(jo!.identifier)).customer).toMatchObject({
    "imin:is13OrOver": true,
    gender: "https://schema.org/Female",
    emergencyContact: { name: "Pat Example", telephone: "020 7946 0000" },
  });
  await axeCheck(page);

  // Edit Sam: the change reaches imin, then the list.
  await page.getByRole("link", { name: `Edit Sam ${holder.familyName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit Sam ${holder.familyName}` })).toBeVisible();
  const edit = page.getByRole("form", { name: "Edit family member" });
  await expect(edit.getByLabel("Email (optional)")).toHaveValue("");
  await axeCheck(page);
  await edit.getByLabel("First name").fill("");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("Enter their first name.")).toBeVisible();
  await edit.getByLabel("First name").fill("Samuel");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Samuel ${holder.familyName}'s details have been saved` })).toBeVisible();
  await expect(list).toContainText(`Samuel ${holder.familyName}`);
  expect((await sandboxAdmin.customer(sam!.identifier)).customer.givenName).toBe("Samuel");

  // Remove Jo (nothing booked): asked first, then imin's account is deleted.
  await page.getByRole("link", { name: `Remove Jo ${holder.familyName}` }).click();
  await expect(page.getByText("Jo has no upcoming bookings.")).toBeVisible();
  await axeCheck(page);
  await page.getByRole("button", { name: "Remove Jo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The family member has been removed" })).toBeVisible();
  await expect(list.getByTestId("family-member")).toHaveCount(1);
  await expect(list).not.toContainText("Jo ");
  await expect.poll(async () => (await accountsWithEmail(sandboxAdmin, joEmail)).length).toBe(0);
});

test("a member with an upcoming booking is not removed; the page says why and links to their bookings", async ({
  page,
  signUpNewUser,
  sandboxAdmin,
  axeCheck,
}) => {
  const holder = await signUpNewUser();
  await page.goto("/family");
  const form = page.getByRole("form", { name: "Add a family member" });
  await form.getByLabel("First name").fill("Alex");
  await form.getByLabel("Last name").fill(holder.familyName);
  await form.getByLabel("Date of birth").fill(yearsAgo(10, 5));
  await form.getByRole("button", { name: "Add family member" }).click();
  await expect(page.getByRole("status").filter({ hasText: "has been added" })).toBeVisible();

  const accounts = await accountsWithEmail(sandboxAdmin, holder.email);
  const holderId = accounts.find((c) => c.givenName === holder.givenName)!.identifier;
  const memberId = accounts.find((c) => c.givenName === "Alex")!.identifier;
  const made = await sandboxAdmin.post("/admin/sessions", {
    seller: "riverside-leisure",
    name: "Family swim",
    offers: [{ name: "Swim", pricePence: 0, cancellationWindowMinutes: 60 }],
    capacity: 10,
  });
  expect(made.status).toBe(201);
  const account = (id: string) => `${sandboxAdmin.url}/api/v2/customer-accounts/${id}`;
  const item = (id: string) => ({
    type: "OrderItem",
    acceptedOffer: made.body.series.offers[0].id,
    orderedItem: { type: "ScheduledSession", identifier: made.body.session.identifier },
    attendee: account(id),
  });
  const checkout = await sandboxAdmin.post(
    "/api/checkout-sessions",
    checkoutSessionRequest({
      customer: account(holderId),
      broker: { name: "E2E", url: "https://portal.example" },
      orderedItem: [item(holderId), item(memberId)],
      links: portalLinks,
    }),
  );
  await payCheckoutSession(checkout);

  await page.getByRole("link", { name: `Remove Alex ${holder.familyName}` }).click();
  const refused = page.getByTestId("remove-refused");
  await expect(refused.getByRole("alert")).toContainText("Alex has an upcoming booking");
  await expect(refused).toContainText("Family swim");
  await expect(page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  const link = refused.getByRole("link", { name: "See Alex's bookings" });
  await expect(link).toHaveAttribute("href", /\/bookings\?person=[0-9a-f-]{36}$/);
  await axeCheck(page);
  expect(await sandboxAdmin.customer(memberId)).toBeDefined();
});
