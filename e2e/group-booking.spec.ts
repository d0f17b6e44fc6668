import { expect, type SandboxAdmin, test } from "./fixtures";
import { payOnCheckout } from "./support/checkout";
import { createFamilySwim } from "./support/sessions";

/**
 * Booking for several people (issue 13): a new account holder adds a child on /family, books a
 * family swim for themselves and the child (Adult + Junior, so two checkouts in an explained
 * sequence, resumed from the session page halfway), sees both places with names on /bookings,
 * cancels only the child's, and the sandbox confirms one item cancelled and one confirmed. The
 * session is made for the test and ages are counted from its date, so it holds on any day.
 */

/** The date `years` and `days` before an ISO instant, as a date input takes it. */
function before(iso: string, years: number, days: number): string {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

async function orderItemsOf(admin: SandboxAdmin, customerId: string) {
  const res = await admin.get(`/api/v2/orders?customerIdentifier=${encodeURIComponent(customerId)}`);
  expect(res.status).toBe(200);
  return (res.body["imin:item"] as any[]).flatMap((o) =>
    (o.orderedItem as any[]).map((i) => ({
      order: o.identifier as string,
      attendee: i.attendee?.givenName as string | undefined,
      ticket: i.acceptedOffer?.name as string | undefined,
      status: String(i.orderItemStatus).replace("https://openactive.io/", ""),
      session: i.orderedItem?.name as string | undefined,
    })),
  );
}

test.setTimeout(240_000);

test("book a family swim for the holder and a child: two checkouts, both places named, cancel only the child's", async ({
  page,
  signUpNewUser,
  sandboxAdmin,
  axeCheck,
}) => {
  const { id: sessionId, name, startDate } = await createFamilySwim(sandboxAdmin, 10);

  const holder = await signUpNewUser();
  await page.goto("/family");
  const form = page.getByRole("form", { name: "Add a family member" });
  await form.getByLabel("First name").fill("Sam");
  await form.getByLabel("Last name").fill(holder.familyName);
  await form.getByLabel("Date of birth").fill(before(startDate, 8, 40));
  await form.getByRole("button", { name: "Add family member" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Sam ${holder.familyName} has been added` })).toBeVisible();

  // Who is coming? The holder (chosen by default) and Sam, each with their age on the day and tickets.
  await page.goto(`/book/${sessionId}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const who = page.getByRole("group", { name: "Who is coming?" });
  const me = who.getByRole("checkbox", { name: new RegExp(`^You \\(${holder.givenName} ${holder.familyName}\\)`) });
  const sam = who.getByRole("checkbox", { name: new RegExp(`^Sam ${holder.familyName}, 8 on the day`) });
  await expect(me).toBeChecked();
  await expect(sam).not.toBeChecked();
  await expect(who.getByLabel("Ticket for you")).toHaveValue(/./);
  await expect(who.getByLabel("Ticket for you").locator("option")).toHaveText(["Adult: £6.50"]);
  await expect(who.getByLabel(`Ticket for Sam ${holder.familyName}`).locator("option")).toHaveText(["Junior: £3.00"]);
  await sam.check();
  await axeCheck(page);
  await page.getByRole("button", { name: "Continue to checkout" }).click();

  // A mix of tickets is an explained sequence of two checkouts.
  await expect(page.getByRole("heading", { level: 1, name: "Booking for several people" })).toBeVisible();
  const steps = page.getByTestId("group-step");
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText("1 of 2: Adult ticket for you");
  await expect(steps.nth(1)).toContainText("2 of 2: Junior ticket for Sam");
  await axeCheck(page);
  const planUrl = page.url();

  await page.getByRole("button", { name: "Go to checkout: 1 of 2" }).click();
  await payOnCheckout(page);
  // imin's page: "View my bookings" goes to the bookings, "Back to" to the plan for the next step.
  await expect(page.getByRole("link", { name: "View my bookings" })).toHaveAttribute("href", /\/bookings$/);
  await page.getByRole("link", { name: /^Back to / }).click();
  await expect(page).toHaveURL(planUrl);
  await expect(steps.nth(0)).toContainText("Booked");

  // Leaving halfway: the session page offers to continue, and Sam is not offered twice.
  await page.goto(`/book/${sessionId}`);
  await expect(who.getByRole("checkbox", { name: /^You / })).toBeDisabled();
  await expect(page.getByText("You already have a place on this session.")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "You have a place" })).toBeVisible();
  await page.getByRole("link", { name: "Continue: 2 of 2" }).click();
  await expect(page).toHaveURL(planUrl);
  await page.getByRole("button", { name: "Continue: 2 of 2" }).click();
  await payOnCheckout(page);
  await page.getByRole("link", { name: "View my bookings" }).click();
  await expect(page).toHaveURL(/\/bookings$/);
  await page.goto(planUrl);
  await expect(page.getByRole("status").filter({ hasText: "Everyone is booked" })).toContainText("Both payments went through.");
  await expect(steps.nth(1)).toContainText("Booked");
  await axeCheck(page);

  // The sandbox holds two orders: the holder's Adult place and Sam's Junior place.
  const accounts = await sandboxAdmin.get(`/admin/customers?email=${encodeURIComponent(holder.email)}`);
  const holderId: string = accounts.body.items.find((a: { givenName: string }) => a.givenName === holder.givenName).identifier;
  let items = (await orderItemsOf(sandboxAdmin, holderId)).filter((i) => i.session === name);
  expect(items.map((i) => [i.attendee, i.ticket, i.status]).sort()).toEqual([
    [holder.givenName, "Adult", "OrderItemConfirmed"],
    ["Sam", "Junior", "OrderItemConfirmed"],
  ]);
  expect(new Set(items.map((i) => i.order)).size).toBe(2);

  // /bookings names whose place each is, and filters by person.
  await page.goto("/bookings");
  const places = page.getByTestId("booking").filter({ hasText: name });
  await expect(places).toHaveCount(2);
  await expect(places.filter({ hasText: `for Sam ${holder.familyName}` })).toHaveCount(1);
  await expect(places.getByTestId("booking-attendee")).toHaveCount(1);
  await page.getByRole("navigation", { name: "Whose bookings" }).getByRole("link", { name: "Sam" }).click();
  await expect(page).toHaveURL(/\?person=/);
  await expect(places).toHaveCount(1);
  await expect(places).toContainText(`for Sam ${holder.familyName}`);
  await axeCheck(page);

  // Cancel only Sam's place: the confirmation names Sam.
  await places.getByRole("button", { name: /Cancel booking/ }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel this booking?" });
  await expect(dialog).toContainText(`${name} for Sam ${holder.familyName}`);
  await dialog.getByRole("button", { name: "Yes, cancel booking" }).click();
  await expect(page.getByRole("heading", { name: "Booking cancelled" })).toBeVisible();

  items = (await orderItemsOf(sandboxAdmin, holderId)).filter((i) => i.session === name);
  expect(items.map((i) => [i.attendee, i.status]).sort()).toEqual([
    [holder.givenName, "OrderItemConfirmed"],
    ["Sam", "CustomerCancelled"],
  ]);

  // /orders says whom each order is for, and the holder's own filter leaves Sam's order out.
  await page.goto("/orders?person=me");
  await expect(page.getByTestId("order").filter({ hasText: name })).toHaveCount(1);
  await page.goto("/orders");
  await expect(page.getByTestId("order-attendees").first()).toContainText(`Sam ${holder.familyName}`);
});
