import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { linkedAccountsCollection, parseImin } from "@/lib/imin/schemas";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";

let sb: TestSandbox;
const REDIRECT = "https://portal.example/sellers?tab=all";

beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb?.close());
beforeEach(async () => {
  await sb.api("/admin/reset", { method: "POST" });
});

async function accounts() {
  const { body } = await sb.apiJson(`/api/v2/customers/demo-customer/accounts?redirectUri=${encodeURIComponent(REDIRECT)}`);
  return parseImin(linkedAccountsCollection, body)["imin:item"];
}

async function targetFor(slug: string, type: "RegisterAction" | "CreateAction") {
  const item = (await accounts()).find((i) => i.seller.id.endsWith(`/${slug}`))!;
  return item.potentialAction.find((a) => a.type === type)!.target;
}

/** The hidden token and form action of a hosted page, as a browser would submit them. */
function formOf(html: string) {
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  return { token: token!, action: action! };
}

async function submit(pageUrl: string, fields: Record<string, string>) {
  const page = await fetch(pageUrl);
  expect(page.status).toBe(200);
  const { token, action } = formOf(await page.text());
  return fetch(new URL(action, pageUrl), {
    method: "POST",
    body: new URLSearchParams({ token, ...fields }),
    redirect: "manual",
  });
}

function returned(res: Response) {
  expect(res.status).toBe(303);
  const location = new URL(res.headers.get("location")!);
  expect(`${location.origin}${location.pathname}`).toBe("https://portal.example/sellers");
  expect(location.searchParams.get("tab")).toBe("all");
  return { linked: location.searchParams.get("linked"), outcome: location.searchParams.get("outcome") };
}

describe("hosted seller connect pages", () => {
  test("the sign-in page shows the seller, an accessible form and a Cancel button", async () => {
    const res = await fetch(await targetFor("riverside-leisure", "RegisterAction"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await res.text();
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain("Sign in to Riverside Leisure Trust");
    expect(html).toContain('<label for="email">');
    expect(html).toContain('<label for="password">');
    expect(html).toContain('value="demo@example.com"');
    expect(html).toContain(">Cancel</button>");
    expect(html).toMatch(/<img src="[^"]+\/assets\/sellers\/riverside-leisure\.svg"/);
  });

  test("existing account (RegisterAction): sign in, return linked, the list shows the link", async () => {
    const res = await submit(await targetFor("riverside-leisure", "RegisterAction"), {
      intent: "link",
      email: "demo@example.com",
      password: "anything",
    });
    expect(returned(res)).toEqual({ linked: "riverside-leisure", outcome: "linked" });
    const item = (await accounts()).find((i) => i.seller.id.endsWith("/riverside-leisure"))!;
    expect(item.dateLinked).toBeTruthy();
    expect(item.customer?.email).toBe("demo@example.com");
    expect(item.potentialAction).toEqual([]);
  });

  test("new account (CreateAction): create, return linked, the seller now knows the email", async () => {
    const res = await submit(await targetFor("peak-community-sport", "CreateAction"), {
      intent: "link",
      givenName: "Alex",
      familyName: "Morgan",
      email: "alex.peak@example.com",
      password: "longenough",
    });
    expect(returned(res)).toEqual({ linked: "peak-community-sport", outcome: "linked" });
    const item = (await accounts()).find((i) => i.seller.id.endsWith("/peak-community-sport"))!;
    expect(item.customer?.email).toBe("alex.peak@example.com");
    expect(item.accessPass?.text).toBeTruthy();
  });

  test("Cancel returns with outcome cancelled and links nothing", async () => {
    const res = await submit(await targetFor("harbourside-fitness", "RegisterAction"), { intent: "cancel" });
    expect(returned(res)).toEqual({ linked: "harbourside-fitness", outcome: "cancelled" });
    const item = (await accounts()).find((i) => i.seller.id.endsWith("/harbourside-fitness"))!;
    expect(item.dateLinked).toBeUndefined();
  });

  test("a booking-system failure returns with outcome failed", async () => {
    const res = await submit(await targetFor("midland-pools", "CreateAction"), {
      intent: "link",
      givenName: "Alex",
      familyName: "Morgan",
      email: "alex@fail.example",
      password: "longenough",
    });
    expect(returned(res)).toEqual({ linked: "midland-pools", outcome: "failed" });
  });

  test("form errors stay on the page, named next to the field, announced", async () => {
    const res = await submit(await targetFor("harbourside-fitness", "RegisterAction"), {
      intent: "link",
      email: "demo@example.com",
      password: "x",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-invalid="true" aria-describedby="email-error"');
    expect(html).toContain("has no account with this email");

    const create = await submit(await targetFor("riverside-leisure", "CreateAction"), {
      intent: "link",
      givenName: "",
      familyName: "Morgan",
      email: "demo@example.com",
      password: "short",
    });
    expect(create.status).toBe(400);
    const text = await create.text();
    expect(text).toContain("Enter your first name");
    expect(text).toContain("at least 8 characters");
  });

  test("a used, tampered, expired or wrong-page token gets a clear error page", async () => {
    const target = await targetFor("riverside-leisure", "RegisterAction");
    await submit(target, { intent: "cancel" });
    const used = await fetch(target);
    expect(used.status).toBe(410);
    expect(await used.text()).toContain("already been used");

    const fresh = await targetFor("riverside-leisure", "RegisterAction");
    const tampered = await fetch(fresh.replace(/token=(.)/, (_, c) => `token=${c === "A" ? "B" : "A"}`));
    expect(tampered.status).toBe(400);
    expect(await tampered.text()).toContain("This link is not valid");
    expect((await fetch(`${sb.url}/connect/sign-in`)).status).toBe(400);
    expect((await fetch(fresh.replace("/connect/sign-in", "/connect/create-account"))).status).toBe(400);

    await sb.api("/admin/clock", { method: "POST", json: { advanceMinutes: 31 } });
    const expired = await fetch(fresh);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("This link has expired");
  });

  test("evidence upload page marks the request received", async () => {
    const item = (await accounts()).find((i) => i.dateLinked)!;
    const url = item["imin:evidenceRequests"][0]!.evidenceRequest!.url!;
    const post = await fetch(url, { method: "POST", body: new FormData(), redirect: "manual" });
    expect(post.status).toBe(303);
    const after = (await accounts()).find((i) => i.dateLinked)!;
    expect(after["imin:evidenceRequests"][0]!.evidenceRequest!.actionStatus).toBe("https://schema.org/ActiveActionStatus");
    expect(await (await fetch(url)).text()).toContain("being checked");
  });
});
