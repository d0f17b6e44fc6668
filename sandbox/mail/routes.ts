import type { Context, Hono } from "hono";
import type { SandboxContext } from "../context";
import { inboxPage, messagePage, missingPage } from "./page";

/** Mail never runs scripts here, and the inbox is never framed by another page. */
const PAGE_HEADERS = {
  "content-security-policy": "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

function page(c: Context, html: string, status: 200 | 404 = 200) {
  return c.html(html, status, PAGE_HEADERS);
}

/** Caught mail: `/admin/mail` (keyed JSON) and the inbox pages under `/mail` (no key, like /checkout). */
export function registerMail(app: Hono, ctx: SandboxContext): void {
  app.get("/admin/mail", (c) => c.json({ items: ctx.mailbox.list(c.req.query("to")) }, 200));
  app.delete("/admin/mail", (c) => {
    ctx.mailbox.clear();
    return c.json({ items: [] }, 200);
  });

  app.get("/mail", (c) => {
    const to = c.req.query("to")?.trim() || undefined;
    return page(c, inboxPage(ctx.mailbox.list(to), to));
  });
  app.get("/mail/:id", (c) => {
    const message = ctx.mailbox.get(c.req.param("id"));
    return message ? page(c, messagePage(message)) : page(c, missingPage(), 404);
  });
}
