import type { CustomerRecord } from "../store/types";

export const DEMO_CUSTOMER_ID = "demo-customer";
export const DEMO_CUSTOMER_EMAIL = "demo@example.com";
export const OTHER_CUSTOMER_ID = "other-customer";
export const OTHER_CUSTOMER_EMAIL = "other@example.com";

export function buildDemoCustomer(nowIso: string, brokerEntitlementsBase: string): CustomerRecord {
  const expires = new Date(Date.parse(nowIso) + 180 * 86_400_000).toISOString();
  return {
    identifier: DEMO_CUSTOMER_ID,
    email: DEMO_CUSTOMER_EMAIL,
    givenName: "Alex",
    familyName: "Morgan",
    telephone: "07700 900123",
    birthDate: "1988-04-17",
    gender: "https://schema.org/Female",
    is13OrOver: true,
    address: {
      streetAddress: "14 Canal Street",
      addressLocality: "Manchester",
      addressRegion: "Greater Manchester",
      postalCode: "M1 3HE",
      addressCountry: "GB",
    },
    emergencyContact: { name: "Sam Morgan", telephone: "07700 900456" },
    accessPass: "AM00417263",
    entitlement: {
      label: "Adult Resident",
      id: `${brokerEntitlementsBase}#8dfbad55-fdb5-4479-86a4-b873b18ecff1`,
      expires,
    },
    createdAt: new Date(Date.parse(nowIso) - 400 * 86_400_000).toISOString(),
  };
}

export function buildOtherCustomer(nowIso: string): CustomerRecord {
  return {
    identifier: OTHER_CUSTOMER_ID,
    email: OTHER_CUSTOMER_EMAIL,
    givenName: "Jordan",
    familyName: "Patel",
    telephone: "07700 900789",
    birthDate: "1992-11-02",
    is13OrOver: true,
    address: {
      streetAddress: "3 Park Row",
      addressLocality: "Leeds",
      addressRegion: "West Yorkshire",
      postalCode: "LS1 5HD",
      addressCountry: "GB",
    },
    accessPass: "JP00112233",
    createdAt: new Date(Date.parse(nowIso) - 200 * 86_400_000).toISOString(),
  };
}
