import { describe, expect, test } from "vitest";
import { evidenceStatus, mapSellerAccount } from "@/lib/imin/seller-accounts";
import { linkedAccount, linkedAccountsCollection, parseImin } from "@/lib/imin/schemas";
import { sellersPart } from "@/lib/notices/snapshot";
import { iminExample as example } from "../support/imin-examples";

/** How the portal reads linked accounts: what the sellers page and the change notices stand on. */
describe("linked account mapping", () => {
  test("the documented linked item", () => {
    const account = mapSellerAccount(parseImin(linkedAccount, example("seller-accounts.connected-item.json")));
    expect(account).toMatchObject({
      linked: true,
      seller: { name: "Everyone Active", ref: "1", telephone: "01455 890508" },
      dateLinked: "2021-01-27T12:00:00Z",
      hiddenEntitlements: true,
      entitlements: [{ label: "MCRactive Adult Resident", evidence: { status: "completed", uploadUrl: expect.stringMatching(/^https:/) } }],
      entitlementErrors: [{ type: "EntitlementConflict", message: "This customer already has a paid monthly membership" }],
    });
    expect(account.seller.sameAs).toHaveLength(2);
  });

  test("the documented unlinked item keeps its targets server-side", () => {
    const account = mapSellerAccount(parseImin(linkedAccount, example("seller-accounts.not-connected-item.json")));
    expect(account).toMatchObject({ linked: false, matchingEmailExists: true });
    if (account.linked) throw new Error("expected unlinked");
    expect(account.registerTarget).toContain("connect-account");
    expect(account.createTarget).toContain("connect-account");
  });

  test("tolerance: type/id spelling, whitespace, strings for booleans, missing fields, unsafe URLs", () => {
    const item = parseImin(linkedAccount, {
      type: "Account",
      seller: {
        type: "Organization",
        id: "https://x.example/sellers/acme/",
        name: "  Acme Leisure ",
        logo: { url: "javascript:alert(1)" },
        sameAs: "https://www.facebook.com/acme",
        unknownField: 1,
      },
      hiddenEntitlements: "false",
      customer: { email: " a@example.com " },
      "imin:evidenceRequests": [
        { type: "Entitlement", evidenceRequest: { url: "data:text/html,hi", actionStatus: "schema:PotentialActionStatus" } },
        "not an object",
      ],
      "imin:entitlementUpdateErrors": [{ name: "Only a name" }, {}],
    });
    const account = mapSellerAccount(item);
    expect(account).toMatchObject({
      linked: true,
      seller: { name: "Acme Leisure", ref: "acme", logoUrl: undefined, sameAs: ["https://www.facebook.com/acme"] },
      email: "a@example.com",
      hiddenEntitlements: false,
      entitlements: [{ label: "Entitlement", evidence: { status: "potential", uploadUrl: undefined } }],
      entitlementErrors: [{ message: "Only a name" }],
    });
  });

  test("an unlinked item without redirectUri has no targets; the seller name falls back", () => {
    const account = mapSellerAccount(
      parseImin(linkedAccount, { "@type": "Account", seller: { "@id": "https://x.example/s/9" }, "imin:matchingEmailExists": false }),
    );
    expect(account).toMatchObject({ linked: false, matchingEmailExists: false, seller: { name: "Unnamed seller" } });
  });

  test("a collection with a repeated seller and a malformed item", () => {
    const payload = parseImin(linkedAccountsCollection, {
      "@type": "imin:Collection",
      "imin:item": [example("seller-accounts.connected-item.json"), example("seller-accounts.connected-item.json"), { "@type": "Account" }],
    });
    expect(payload["imin:item"]).toHaveLength(2);
    const part = sellersPart(payload["imin:item"].map(mapSellerAccount));
    expect(Object.keys(part)).toEqual(["https://id.bookingsystem.example.com/organizers/1"]);
  });

  test("evidence status words", () => {
    expect(evidenceStatus("https://schema.org/FailedActionStatus")).toBe("failed");
    expect(evidenceStatus("ActiveActionStatus")).toBe("active");
    expect(evidenceStatus("https://schema.org/SomethingNew")).toBe("unknown");
    expect(evidenceStatus(undefined)).toBe("unknown");
  });
});
