import { describe, expect, test } from "vitest";
import { diffSnapshots } from "@/lib/notices/diff";
import { mergeSnapshot, sellersPart, type SellerSnapshot, type Snapshot } from "@/lib/notices/snapshot";
import { mapSellerAccount } from "@/lib/imin/seller-accounts";
import { linkedAccount, parseImin } from "@/lib/imin/schemas";

const S1 = "https://sandbox.example/sellers/northern-active";
const S2 = "https://sandbox.example/sellers/riverside-leisure";

function seller(over: Partial<SellerSnapshot> = {}): SellerSnapshot {
  return {
    name: "Northern Active",
    email: "demo@example.com",
    emailModified: "2026-01-01T00:00:00Z",
    accessPass: "AM00417263",
    hiddenEntitlements: false,
    entitlements: [{ key: "ent-1", label: "Concession", status: "potential", expiry: "2026-12-01T00:00:00Z" }],
    entitlementErrors: [],
    ...over,
  };
}

function snap(sellers: Record<string, SellerSnapshot>, customer?: Snapshot["customer"]): Snapshot {
  return { v: 1, sellers, customer };
}

const kinds = (before: Snapshot | undefined, after: Snapshot) => diffSnapshots(before, after).map((n) => n.kind);

describe("diffSnapshots", () => {
  test("no baseline, or nothing changed: no notices", () => {
    expect(diffSnapshots(undefined, snap({ [S1]: seller() }))).toEqual([]);
    expect(diffSnapshots(snap({ [S1]: seller() }), snap({ [S1]: seller() }))).toEqual([]);
  });

  test("a seller that disappears was disconnected", () => {
    const notices = diffSnapshots(
      snap({ [S1]: seller(), [S2]: seller({ name: "Riverside" }) }),
      snap({ [S2]: seller({ name: "Riverside" }) }),
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: "seller-disconnected" });
    expect(notices[0]!.message).toContain("Northern Active account is no longer linked");
  });

  test("a newly linked seller is the customer's own doing: no notice", () => {
    expect(diffSnapshots(snap({ [S1]: seller() }), snap({ [S1]: seller(), [S2]: seller({ name: "Riverside" }) }))).toEqual([]);
  });

  test("access pass changed at a seller, with the new number", () => {
    const [notice] = diffSnapshots(snap({ [S1]: seller() }), snap({ [S1]: seller({ accessPass: "NA99887766" }) }));
    expect(notice).toMatchObject({ kind: "access-pass-changed" });
    expect(notice!.message).toContain("NA99887766");
  });

  test("a seller taking the access pass the customer set through the portal is their own change: no notice", () => {
    const before = snap({ [S1]: seller(), [S2]: seller({ name: "Riverside" }) }, { accessPass: "AM00417263" });
    const after = snap(
      { [S1]: seller({ accessPass: "12345678" }), [S2]: seller({ name: "Riverside", accessPass: "NA55555555" }) },
      { accessPass: "12345678" },
    );
    const notices = diffSnapshots(before, after);
    expect(notices.map((n) => n.kind)).toEqual(["access-pass-changed"]);
    expect(notices[0]!.message).toContain("Riverside changed your access pass");
  });

  test("details changed at a seller: new email, or only a newer modification date", () => {
    const email = diffSnapshots(
      snap({ [S1]: seller() }),
      snap({ [S1]: seller({ email: "new@example.org", emailModified: "2026-02-02T00:00:00Z" }) }),
    );
    expect(email).toHaveLength(1);
    expect(email[0]!.message).toContain("new@example.org");
    expect(kinds(snap({ [S1]: seller() }), snap({ [S1]: seller({ emailModified: "2026-03-03T00:00:00Z" }) }))).toEqual(["details-changed"]);
  });

  test("entitlement removed after rejected evidence, and when it simply vanishes", () => {
    const failed = diffSnapshots(
      snap({ [S1]: seller() }),
      snap({ [S1]: seller({ entitlements: [{ key: "ent-1", label: "Concession", status: "failed" }] }) }),
    );
    expect(failed.map((n) => n.kind)).toEqual(["entitlement-removed"]);
    expect(failed[0]!.message).toContain("did not accept your evidence");
    expect(kinds(snap({ [S1]: seller() }), snap({ [S1]: seller({ entitlements: [] }) }))).toEqual(["entitlement-removed"]);
    // Already failed before: nothing new.
    const wasFailed = seller({ entitlements: [{ key: "ent-1", label: "Concession", status: "failed" }] });
    expect(diffSnapshots(snap({ [S1]: wasFailed }), snap({ [S1]: seller({ entitlements: [] }) }))).toEqual([]);
  });

  test("evidence request progress and new requests", () => {
    expect(
      kinds(
        snap({ [S1]: seller() }),
        snap({ [S1]: seller({ entitlements: [{ key: "ent-1", label: "Concession", status: "completed" }] }) }),
      ),
    ).toEqual(["evidence-changed"]);
    const added = diffSnapshots(
      snap({ [S1]: seller({ entitlements: [] }) }),
      snap({ [S1]: seller({ entitlements: [{ key: "ent-2", label: "Student", status: "potential" }] }) }),
    );
    expect(added[0]!.message).toContain("waiting for your evidence");
  });

  test("hidden entitlements and entitlement errors", () => {
    expect(kinds(snap({ [S1]: seller() }), snap({ [S1]: seller({ hiddenEntitlements: true }) }))).toEqual(["entitlements-changed"]);
    expect(kinds(snap({ [S1]: seller() }), snap({ [S1]: seller({ entitlementErrors: ["Already a member"] }) }))).toEqual([
      "entitlement-error",
    ]);
  });

  test("several changes at once give one notice each", () => {
    const after = snap({ [S1]: seller({ accessPass: "NA1", email: "x@example.org", entitlements: [] }) });
    expect(kinds(snap({ [S1]: seller() }), after).sort()).toEqual(["access-pass-changed", "details-changed", "entitlement-removed"]);
  });

  test("customer account changes", () => {
    const before = snap({}, { email: "a@example.com", givenName: "Alex", accessPass: "AM1", entitlement: "Adult Resident" });
    const after = snap({}, { email: "b@example.com", givenName: "Alex", accessPass: "AM2" });
    expect(kinds(before, after).sort()).toEqual(["details-changed", "entitlement-removed"]);
  });

  test("whitespace-only differences are not changes", () => {
    expect(diffSnapshots(snap({ [S1]: seller() }), snap({ [S1]: seller({ accessPass: " AM00417263 " }) }))).toEqual([]);
  });

  test("the same change from the same baseline has the same key; a different change a different key", () => {
    const before = snap({ [S1]: seller() });
    const a = diffSnapshots(before, snap({ [S1]: seller({ accessPass: "X1" }) }));
    const b = diffSnapshots(before, snap({ [S1]: seller({ accessPass: "X1" }) }));
    const c = diffSnapshots(before, snap({ [S1]: seller({ accessPass: "X2" }) }));
    expect(a[0]!.key).toBe(b[0]!.key);
    expect(a[0]!.key).not.toBe(c[0]!.key);
  });

  test("parts seen only on one side are not compared", () => {
    const withCustomer = snap({ [S1]: seller() }, { email: "a@example.com" });
    expect(diffSnapshots(withCustomer, { v: 1, sellers: { [S1]: seller() } })).toEqual([]);
    expect(mergeSnapshot(withCustomer, { sellers: {} }, new Date()).customer).toEqual({ email: "a@example.com" });
  });

  test("snapshots are built from imin payloads as the portal parses them", () => {
    const item = parseImin(linkedAccount, {
      "@type": "Account",
      seller: { "@type": "Organization", "@id": S1, name: " Northern Active " },
      dateLinked: "2026-01-01T00:00:00Z",
      customer: { "@type": "Person", email: "demo@example.com" },
      accessPass: { "@type": "Barcode", text: "AM00417263" },
      "imin:evidenceRequests": [
        {
          "@type": "Entitlement",
          "@id": "ent-1",
          entitlementType: { "@type": "Concept", prefLabel: "Concession" },
          evidenceRequest: { "@type": "EvidenceRequestAction", actionStatus: "https://schema.org/FailedActionStatus" },
        },
      ],
    });
    const part = sellersPart([mapSellerAccount(item)]);
    expect(part[S1]).toMatchObject({
      name: "Northern Active",
      accessPass: "AM00417263",
      entitlements: [{ key: "ent-1", status: "failed" }],
    });
  });
});
