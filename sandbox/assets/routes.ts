import type { Hono } from "hono";
import type { SandboxContext } from "../context";
import { notFound } from "../http/errors";
import { sellerLogoSvg } from "./logo";
import { brandColourOf } from "../seed/sellers";

/** Public static-like assets: seller logos rendered from the seeded sellers. */
export function registerAssets(app: Hono, ctx: SandboxContext): void {
  app.get("/assets/sellers/:file", (c) => {
    const match = /^([a-z0-9-]+)\.svg$/.exec(c.req.param("file"));
    const seller = match ? ctx.store.sellerBySlug(match[1]) : undefined;
    if (!seller) return notFound(c, "No such logo.");
    return c.body(sellerLogoSvg(seller, brandColourOf(seller.slug)), 200, {
      "content-type": "image/svg+xml; charset=utf-8",
      "cache-control": "public, max-age=3600",
    });
  });
}
