import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { linkedAccountsCollection, parseImin, safeParseImin } from "@/lib/imin/schemas";
import { decodeEntitlementFilter, encodeEntitlementFilter } from "@/sandbox/booking/entitlement-filter";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";

let sb: TestSandbox;
let hook: Server;
let hookCalls: { key?: string; body: any }[] = [];

const REDIRECT = "https://portal.example/sellers?from=test";
const accountsPath = (id = "demo-customer", redirect: string | null = REDIRECT) =>
  `/api/v2/customers/${id}/accounts${redirect ? `?redirectUri=${encodeURIComponent(redirect)}` : ""}`;

beforeAll(async () => {
  hook = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      hookCalls.push({ key: req.headers["x-api-key"] as string | undefined, body: JSON.parse(body) });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
  sb = await startTestSandbox({
    webhookUrl: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`,
    webhookApiKey: "hook-key-123",
  });
});
afterAll(async () => {
  await sb?.close();
  await new Promise((r) => hook?.close(r));
});
beforeEach(async () => {
  await sb.api("/admin/reset", { method: "POST" });
  hookCalls = [];
});

async function list(id?: string, redirect: string | null = REDIRECT) {
  const { status, body } = await sb.apiJson(accountsPath(id, redirect));
  expect(status).toBe(200);
  return { raw: body, parsed: parseImin(linkedAccountsCollection, body) };
}

describe("GET /customers/{id}/accounts", () => {
  test("one Account per seller in an imin:Collection, in the @type keyword style", async () => {
    const { raw, parsed } = await list();
    expect(raw["@type"]).toBe("imin:Collection");
    expect(raw["@id"]).toBe(`${sb.ctx.urls.booking}/customers/demo-customer/accounts`);
    expect(parsed["imin:item"]).toHaveLength(sb.ctx.store.sellers.size);
    const ids = parsed["imin:item"].map((i) => i.seller.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of raw["imin:item"]) {
      expect(item["@type"]).toBe("Account");
      expect(item.seller["@type"]).toBe("Organization");
      expect(item.seller.logo.url).toMatch(/^http:\/\/.+\/assets\/sellers\/.+\.svg$/);
    }
    const logo = await fetch(raw["imin:item"][0].seller.logo.url);
    expect(logo.headers.get("content-type")).toContain("image/svg+xml");
  });

  test("the demo customer: one linked seller with access pass and evidence request; the rest unlinked", async () => {
    const { raw, parsed } = await list();
    const linked = parsed["imin:item"].filter((i) => i.dateLinked);
    expect(linked.map((i) => i.seller.name)).toEqual(["Northern Active"]);
    const northern = linked[0]!;
    expect(northern.potentialAction).toEqual([]);
    expect(northern["imin:matchingEmailExists"]).toBeUndefined();
    expect(northern.customer?.email).toBe("demo@example.com");
    expect(northern.accessPass?.text).toBe("AM00417263");
    expect(northern["imin:evidenceRequests"][0]?.entitlementType?.prefLabel).toBe("Concession");
    expect(northern["imin:evidenceRequests"][0]?.evidenceRequest?.actionStatus).toBe("https://schema.org/PotentialActionStatus");
    // Empty arrays are stripped, as imin does.
    const rawNorthern = raw["imin:item"].find((i: any) => i.dateLinked);
    expect(rawNorthern).not.toHaveProperty("imin:entitlementUpdateErrors");

    const unlinked = parsed["imin:item"].filter((i) => !i.dateLinked);
    expect(unlinked.length).toBeGreaterThanOrEqual(4);
    for (const item of unlinked) {
      expect(item.potentialAction.map((a) => a.type)).toEqual(["RegisterAction", "CreateAction"]);
      expect(item["imin:matchingEmailExists"]).toBeTypeOf("boolean");
      for (const action of item.potentialAction) expect(action.target).toMatch(/\/connect\/(sign-in|create-account)\?token=/);
    }
    expect(unlinked.filter((i) => i["imin:matchingEmailExists"]).map((i) => i.seller.name)).toEqual(["Riverside Leisure Trust"]);
  });

  test("without redirectUri unlinked sellers carry no actions", async () => {
    const { parsed } = await list("demo-customer", null);
    for (const item of parsed["imin:item"].filter((i) => !i.dateLinked)) {
      expect(item.potentialAction).toEqual([]);
      expect(item["imin:matchingEmailExists"]).toBeTypeOf("boolean");
    }
  });

  test("every target carries a different token", async () => {
    const { parsed } = await list();
    const targets = parsed["imin:item"].flatMap((i) => i.potentialAction.map((a) => a.target));
    expect(new Set(targets).size).toBe(targets.length);
  });

  test("bad input: unknown customer 404, bad redirectUri 400, missing key 401", async () => {
    const unknown = await sb.apiJson(accountsPath("nobody-here"));
    expect(unknown.status).toBe(404);
    expect(unknown.body["@type"]).toBe("NotFoundError");
    for (const bad of ["not a url", "javascript:alert(1)", "ftp://x.example/", `https://x.example/${"a".repeat(2100)}`]) {
      const res = await sb.apiJson(`/api/v2/customers/demo-customer/accounts?redirectUri=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(res.body["@type"]).toBe("InvalidRequestError");
    }
    const noKey = await sb.api(accountsPath(), { key: null });
    expect(noKey.status).toBe(401);
  });

  test("entitlementFilter encodes the sellers at which the customer holds an entitlement", async () => {
    const before = await list();
    const grants = decodeEntitlementFilter(before.parsed["imin:entitlementFilter"]!);
    expect(grants?.map((g) => g.sellerId)).toEqual([]);
    await sb.api("/admin/linked-accounts", { method: "POST", json: { customerId: "demo-customer", seller: "riverside-leisure" } });
    const after = await list();
    const riverside = sb.ctx.store.sellerBySlug("riverside-leisure")!;
    expect(decodeEntitlementFilter(after.parsed["imin:entitlementFilter"]!)).toEqual([
      { sellerId: riverside.id, entitlementId: expect.stringContaining("entitlement-list#") },
    ]);
  });

  test("entitlementFilter tokens cannot be forged", () => {
    const token = encodeEntitlementFilter([{ sellerId: "https://s.example/sellers/a", entitlementId: "x#y" }]);
    expect(decodeEntitlementFilter(token)).toHaveLength(1);
    const [p, body, sig] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ g: [{ s: "https://s.example/sellers/b", e: "x#y" }] })).toString("base64url");
    expect(decodeEntitlementFilter(`${p}.${forged}.${sig}`)).toBeNull();
    expect(decodeEntitlementFilter(`${p}.${body}`)).toBeNull();
    expect(decodeEntitlementFilter("garbage")).toBeNull();
  });
});

describe("link profiles", () => {
  async function linkAndRead(seller: string) {
    const res = await sb.apiJson("/admin/linked-accounts", {
      method: "POST",
      json: { customerId: "demo-customer", seller },
    });
    expect(res.status).toBe(201);
    const { parsed } = await list();
    return parsed["imin:item"].find((i) => i.seller.id.endsWith(`/${seller}`))!;
  }

  test("plain: date linked, email and an access pass in the seller's format", async () => {
    const item = await linkAndRead("peak-community-sport");
    expect(item.dateLinked).toBeTruthy();
    expect(item.accessPass?.text).toMatch(/^[A-Z0-9]{6,16}$/);
    expect(item["imin:evidenceRequests"]).toEqual([]);
    expect(item["imin:entitlementUpdateErrors"]).toEqual([]);
  });

  test("entitlement: a completed entitlement, hidden entitlements flagged", async () => {
    const item = await linkAndRead("riverside-leisure");
    expect(item.accessPass?.text).toMatch(/^\d{8,12}$/);
    expect(item.hiddenEntitlements).toBe(true);
    expect(item["imin:evidenceRequests"][0]?.evidenceRequest?.actionStatus).toBe("https://schema.org/CompletedActionStatus");
  });

  test("evidence: an open evidence request with an upload page", async () => {
    const item = await linkAndRead("westcountry-wellbeing");
    const request = item["imin:evidenceRequests"][0]!;
    expect(request.evidenceRequest?.actionStatus).toBe("https://schema.org/PotentialActionStatus");
    expect(Date.parse(request.evidenceRequest!.expiry!)).toBeGreaterThan(Date.now());
    const page = await fetch(request.evidenceRequest!.url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Send evidence");
  });

  test("entitlement-error: the seller's refusal in imin:entitlementUpdateErrors", async () => {
    const item = await linkAndRead("midland-pools");
    expect(item["imin:entitlementUpdateErrors"][0]).toMatchObject({ type: "EntitlementConflict" });
    expect(item["imin:entitlementUpdateErrors"][0]?.description).toContain("membership");
  });
});

describe("seller-side admin events send the Customer Detail Change webhook", () => {
  const base = "/admin/linked-accounts/demo-customer/northern-active";

  async function deliveredOnce() {
    await sb.ctx.webhooks.idle();
    expect(hookCalls).toHaveLength(1);
    expect(hookCalls[0]!.key).toBe("hook-key-123");
    expect(hookCalls[0]!.body).toMatchObject({ "@type": "CustomerAccount", identifier: "demo-customer" });
    const deliveries = await sb.apiJson("/admin/webhooks/deliveries?customerId=demo-customer");
    expect(deliveries.body.items.at(-1).state).toBe("delivered");
  }

  test("access pass changed", async () => {
    const res = await sb.apiJson(`${base}/access-pass`, { method: "POST", json: { text: "NA99887766" } });
    expect(res.status).toBe(200);
    await deliveredOnce();
    const { parsed } = await list();
    expect(parsed["imin:item"].find((i) => i.dateLinked)?.accessPass?.text).toBe("NA99887766");
  });

  test("customer details changed at the seller", async () => {
    await sb.apiJson(`${base}/customer`, { method: "POST", json: { email: "alex.m@example.org" } });
    await deliveredOnce();
    const { parsed } = await list();
    expect(parsed["imin:item"].find((i) => i.dateLinked)?.customer?.email).toBe("alex.m@example.org");
  });

  test("evidence rejected: request failed and the entitlement removed", async () => {
    await sb.api("/admin/linked-accounts", { method: "POST", json: { customerId: "demo-customer", seller: "westcountry-wellbeing" } });
    const res = await sb.apiJson("/admin/linked-accounts/demo-customer/westcountry-wellbeing/reject-evidence", { method: "POST" });
    expect(res.status).toBe(200);
    await deliveredOnce();
    const { parsed } = await list();
    const item = parsed["imin:item"].find((i) => i.seller.id.endsWith("/westcountry-wellbeing"))!;
    expect(item["imin:evidenceRequests"][0]?.evidenceRequest?.actionStatus).toBe("https://schema.org/FailedActionStatus");
    expect(decodeEntitlementFilter(parsed["imin:entitlementFilter"]!)).toEqual([]);
    const again = await sb.apiJson("/admin/linked-accounts/demo-customer/westcountry-wellbeing/reject-evidence", { method: "POST" });
    expect(again.status).toBe(404);
  });

  test("disconnected: the seller is offered for linking again", async () => {
    const res = await sb.apiJson(base, { method: "DELETE" });
    expect(res.status).toBe(200);
    await deliveredOnce();
    const { parsed } = await list();
    const item = parsed["imin:item"].find((i) => i.seller.id.endsWith("/northern-active"))!;
    expect(item.dateLinked).toBeUndefined();
    expect(item["imin:matchingEmailExists"]).toBe(true);
    expect(item.potentialAction).toHaveLength(2);
  });

  test("hidden entitlements changed", async () => {
    await sb.apiJson(`${base}/hidden-entitlements`, { method: "POST", json: { hidden: true } });
    await deliveredOnce();
  });

  test("bad admin input: unknown seller or link 404, bad body 400", async () => {
    expect((await sb.apiJson("/admin/linked-accounts/demo-customer/no-such-seller", { method: "DELETE" })).status).toBe(404);
    expect((await sb.apiJson("/admin/linked-accounts/demo-customer/peak-community-sport", { method: "DELETE" })).status).toBe(404);
    expect((await sb.apiJson(`${base}/access-pass`, { method: "POST", json: { text: "" } })).status).toBe(400);
    expect((await sb.apiJson(`${base}/customer`, { method: "POST", json: { email: "nope" } })).status).toBe(400);
    expect(hookCalls).toHaveLength(0);
    expect(safeParseImin(linkedAccountsCollection, (await list()).raw).success).toBe(true);
  });
});
