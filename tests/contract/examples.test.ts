import { readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import * as s from "@/lib/imin/schemas";
import { iminExample, iminExamplesDir } from "../support/imin-examples";

/** Which portal schema reads each documented example (fragments are wrapped first). */
const schemaFor: Record<string, [z.ZodType, (json: any) => unknown]> = {
  "access-pass-update.response-200.json": [s.accessPassUpdateResponse, (j) => j],
  "access-pass-update.response-400.json": [s.errorBody, (j) => j],
  "create-customer-account.flat-response-201.json": [s.flatCustomerAccount, (j) => j],
  "create-customer-account.response-201.json": [s.customerAccount, (j) => j],
  "get-customer-account.response-200.json": [s.customerAccount, (j) => j],
  "order-items.response-200.doc-prefix.json": [s.orderItemsCollection, (j) => j],
  "order.response-200.doc-prefix.json": [s.order, (j) => j],
  "seller-accounts.connected-item.json": [s.linkedAccount, (j) => j],
  "seller-accounts.not-connected-item.json": [s.linkedAccount, (j) => j],
  "seller-accounts.response-200.json": [s.linkedAccountsCollection, (j) => j],
  "standalone-checkout.response-201.json": [s.checkoutSessionResponse, (j) => j],
  "webhook-customer-detail-change.request.json": [s.customerDetailChange, (j) => j],
  "events-aggregate-offer.fragment.json": [s.sessionSeries, (j) => j],
  "events-offers.fragment.json": [s.eventSeries, (j) => j],
  "create-customer-account.request.json": [s.customerAccount.omit({ identifier: true }), (j) => j],
  "create-customer-account.flat-request.json": [s.person, (j) => j],
  "update-customer-account.request.json": [s.person, (j) => j.object],
  "update-customer-account.patch-request.json": [s.person, (j) => j],
  "access-pass-update.request.json": [s.barcode, (j) => j.object],
  "cancel-order.request.json": [s.orderItem, (j) => ({ ...j.orderedItem[0], identifier: "abcd" })],
  "checkout-session.request.json": [s.orderItem.omit({ identifier: true }), (j) => j["imin:initialOrder"].orderedItem[0]],
};

describe("every documented example parses with the portal's schemas", () => {
  const files = readdirSync(iminExamplesDir).filter((f) => f.endsWith(".json"));
  test("each example has a schema", () => {
    expect(files.filter((f) => !(f in schemaFor))).toEqual([]);
  });
  for (const file of files) {
    test(file, () => {
      const [schema, pick] = schemaFor[file] ?? [];
      expect(schema, `no schema mapped for ${file}`).toBeDefined();
      const json = iminExample(file);
      const result = s.safeParseImin(schema!, pick!(json));
      expect(result.error?.issues ?? []).toEqual([]);
    });
  }

  test("documented quirks survive parsing: whitespace trimmed, both keyword spellings read", () => {
    const json = iminExample("order.response-200.doc-prefix.json");
    const order = s.parseImin(s.order, json);
    expect(order.orderedItem[0].orderedItem?.superEvent?.location?.address?.addressRegion).toBe("Manchester");
    const account = s.parseImin(s.customerAccount, iminExample("get-customer-account.response-200.json"));
    expect(account.type).toBe("CustomerAccount");
    expect(account.entitlement?.entitlementType?.prefLabel).toBe("Adult Resident");
  });
});
