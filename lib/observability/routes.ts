import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Route patterns for the request metrics, from the build's own manifests: `/bookings/abc123`
 * counts as `/bookings/[bookingId]`, so a label never holds an id or a token. Paths that match no
 * route (404s, probes) share one label.
 */

export type RouteKind = "page" | "route" | "action" | "static" | "oidc" | "other";

interface Manifest {
  routes: { pattern: string; regex: RegExp }[];
  handlers: Set<string>;
}

let manifest: Manifest | undefined;

function load(): Manifest {
  const dist = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || ".next");
  const routes: Manifest["routes"] = [];
  const handlers = new Set<string>();
  try {
    const json = JSON.parse(readFileSync(path.join(dist, "routes-manifest.json"), "utf8")) as {
      staticRoutes?: { page: string; regex: string }[];
      dynamicRoutes?: { page: string; regex: string }[];
    };
    for (const r of [...(json.staticRoutes ?? []), ...(json.dynamicRoutes ?? [])]) {
      routes.push({ pattern: r.page, regex: new RegExp(r.regex) });
    }
    const appPaths = JSON.parse(readFileSync(path.join(dist, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
    for (const [file, route] of Object.entries(appPaths)) if (file.endsWith("/route")) handlers.add(route);
  } catch {
    // No build manifests (development server, tests): every path counts as "other".
  }
  return { routes, handlers };
}

/** A POST to a page is a server action (with JavaScript it carries `Next-Action`, without it the form's action id). */
export function routeOf(method: string, url: string): { route: string; kind: RouteKind } {
  const pathname = url.split("?")[0] || "/";
  if (pathname.startsWith("/_next/")) return { route: "/_next", kind: "static" };
  if (pathname === "/oidc" || pathname.startsWith("/oidc/") || pathname === "/.well-known/openid-configuration") {
    return { route: "/oidc", kind: "oidc" };
  }
  manifest ??= load();
  const match = manifest.routes.find((r) => r.regex.test(pathname));
  if (!match) return { route: "(other)", kind: "other" };
  if (manifest.handlers.has(match.pattern)) return { route: match.pattern, kind: "route" };
  return { route: match.pattern, kind: method === "POST" ? "action" : "page" };
}
