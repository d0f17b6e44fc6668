import { isLocale, LANG_PARAM } from "@/lib/i18n/locales";
import { unsubscribe } from "@/lib/notifications/unsubscribe";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

/**
 * RFC 8058 one-click unsubscribe (mail clients POST `List-Unsubscribe=One-Click` to the link in the
 * `List-Unsubscribe` header), and the confirm button of /unsubscribe (which comes back to the page,
 * in the language it was shown in).
 * The signed link is the only credential: no sign-in, no cookies.
 */
export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const params = Object.fromEntries(url.searchParams);
  const form = await request.formData().catch(() => undefined);
  const fromPage = form?.get("from") === "page";
  const kind = await unsubscribe(fromPage ? Object.fromEntries([...form!.entries()].map(([k, v]) => [k, String(v)])) : params);
  if (fromPage) {
    const back = new URL("/unsubscribe", url);
    const lang = form?.get(LANG_PARAM);
    const query = new URLSearchParams(kind ? { done: kind } : { invalid: "1" });
    if (isLocale(lang)) query.set(LANG_PARAM, lang);
    back.search = query.toString();
    return new Response(null, { status: 303, headers: { location: `${back.pathname}${back.search}`, ...NO_STORE } });
  }
  if (!kind) return Response.json({ error: "This unsubscribe link is not valid." }, { status: 400, headers: NO_STORE });
  return Response.json({ unsubscribed: kind }, { headers: NO_STORE });
}
