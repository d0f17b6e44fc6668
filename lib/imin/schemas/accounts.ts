import "server-only";
import { z } from "zod";
import { barcode, flag, lenient, list, organization, typeName } from "./common";
import { entitlement } from "./customer";

const potentialAction = z.object({ type: z.string(), target: z.string().min(1) });

export const linkedAccount = z.object({
  type: typeName,
  seller: organization.extend({ id: z.string().min(1) }),
  potentialAction: list(potentialAction),
  "imin:matchingEmailExists": lenient(flag),
  dateLinked: z.string().optional(),
  customer: lenient(z.object({ type: typeName, email: z.string().optional(), dateModified: z.string().optional() })),
  accessPass: lenient(barcode),
  hiddenEntitlements: lenient(flag),
  "imin:entitlementUpdateErrors": list(
    z.object({ type: z.string().optional(), name: z.string().optional(), description: z.string().optional() }),
  ),
  "imin:evidenceRequests": list(entitlement),
});
export type LinkedAccountPayload = z.infer<typeof linkedAccount>;

export const linkedAccountsCollection = z.object({
  type: typeName,
  id: z.string().optional(),
  "imin:entitlementFilter": z.string().optional(),
  "imin:item": list(linkedAccount),
});
