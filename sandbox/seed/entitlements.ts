/** The sandbox broker's entitlement types (imin scheme `<base>#<uuid>`). */
export const ENTITLEMENTS_BASE = "https://meta.imin.co/v2/sandbox-broker/entitlements";

export const BROKER_ENTITLEMENTS = [
  { id: `${ENTITLEMENTS_BASE}#8dfbad55-fdb5-4479-86a4-b873b18ecff1`, label: "Adult Resident" },
  { id: `${ENTITLEMENTS_BASE}#2f6c1a9e-3b7d-4c52-9e1a-6d0b8f4a7c31`, label: "Junior Resident" },
  { id: `${ENTITLEMENTS_BASE}#c41e7b02-95a8-4f3d-8b6e-1a2d3c4e5f60`, label: "Concession" },
  { id: `${ENTITLEMENTS_BASE}#5a9d3e71-0c2b-4e8f-a1d6-7b3c9e2f4a85`, label: "Student" },
] as const;
