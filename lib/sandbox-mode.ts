import { getEnv } from "@/lib/env";

/** True when the portal talks to the local imin sandbox (`npm start` without IMIN_API_KEY). */
export function isSandboxMode(): boolean {
  return getEnv().IMIN_SANDBOX;
}
