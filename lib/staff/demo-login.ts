/**
 * The sandbox's demo admin (SEED_DEMO_LOGIN, sandbox mode only), printed by `npm start` under the
 * demo customer (no `server-only`: scripts/start.ts reads it). Fixed values, like the demo
 * customer's: nothing real can be reached with them.
 */
export const DEMO_STAFF = {
  email: "staff@example.com",
  password: "sandbox-staff-2026",
  totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
} as const;
