import { getEnv } from "@/lib/env";

/** The absolute URL of a portal path (or an absolute URL, kept as is) on the configured public origin. */
export function portalUrl(path: string): string {
  return new URL(path, `${getEnv().PORTAL_URL}/`).toString();
}
