/** True when the portal talks to the local imin sandbox (`npm start` without IMIN_API_KEY). */
export function isSandboxMode(): boolean {
  return process.env.IMIN_SANDBOX === "true" || process.env.IMIN_SANDBOX === "1";
}
