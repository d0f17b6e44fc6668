import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { searchWithEntitlement } from "@/lib/imin/seller-accounts";
import { startTestSandbox, type TestSandbox, useSandboxAsImin } from "../support/sandbox";

/**
 * A search starts at once with the entitlement filter last read for the customer, beside the read of
 * the current one, and runs again only when that differs: the customer never sees prices for a filter
 * they no longer hold, and usually waits for one imin round trip instead of two.
 */

let sb: TestSandbox;
const CUSTOMER = "demo-customer";
// The search stands in for the Events API call; it answers with the filter it was given.
let searched: (string | undefined)[] = [];
const search = async (filter?: string) => {
  searched.push(filter);
  return filter;
};

async function currentFilter(): Promise<string | undefined> {
  const res = await sb.apiJson(`/api/v2/customers/${CUSTOMER}/accounts`);
  return res.body["imin:entitlementFilter"] || undefined;
}

beforeAll(async () => {
  sb = await startTestSandbox();
  useSandboxAsImin(sb);
});
afterAll(() => sb?.close());
beforeEach(async () => {
  await sb.api("/admin/reset", { method: "POST" });
  await sb.api("/admin/faults", { method: "DELETE" });
  searched = [];
});

describe("searchWithEntitlement", () => {
  test("a changed entitlement is searched with at once; an unchanged one costs one search", async () => {
    const user = { iminCustomerId: CUSTOMER };
    const before = await searchWithEntitlement(user, search);
    expect(before).toBe(await currentFilter());
    expect(searched).toEqual([before]);

    // Linking Riverside gives the customer an entitlement there: a new filter.
    const linked = await sb.api("/admin/linked-accounts", { method: "POST", json: { customerId: CUSTOMER, seller: "riverside-leisure" } });
    expect(linked.status).toBe(201);
    const after = await currentFilter();
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);

    searched = [];
    expect(await searchWithEntitlement(user, search)).toBe(after);
    expect(searched).toEqual([before, after]);

    searched = [];
    expect(await searchWithEntitlement(user, search)).toBe(after);
    expect(searched).toEqual([after]);
  });

  test("when imin cannot say, the filter last read stands and the search is not repeated", async () => {
    const user = { iminCustomerId: CUSTOMER };
    await sb.api("/admin/linked-accounts", { method: "POST", json: { customerId: CUSTOMER, seller: "riverside-leisure" } });
    const known = await searchWithEntitlement(user, search);
    expect(known).toBeTruthy();

    await sb.api("/admin/faults", {
      method: "PUT",
      json: { route: `/api/v2/customers/${CUSTOMER}/accounts`, errorRate: 1, errorStatus: 503 },
    });
    searched = [];
    expect(await searchWithEntitlement(user, search)).toBe(known);
    expect(searched).toEqual([known]);
  });
});
