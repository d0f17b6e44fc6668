import type { Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { SandboxContext } from "../context";
import { type CardsSession, createCardsSessions, csrfMatches } from "./app-sessions";
import { registerCardsAdmin } from "./admin";
import { cardsPage, cardsProblemPage, confirmDeletePage, displayName, signedOutPage, signInPage, withBackLink } from "./page";
import { createRelyingParty, describeError, type RelyingParty } from "./relying-party";
import { addCard, cardOfCustomer, cardsOfCustomer, deleteCard, describeCard, makeDefault } from "./saved-cards";

const PENDING_COOKIE = "imin_cards_signin";
const SESSION_COOKIE = "imin_cards_session";
// Where "Back to <broker>" leads: the portal page that opened the app (`?return_to=`, on the provider's origin only).
const RETURN_COOKIE = "imin_cards_return";

/** The app's pages hold card details and CSRF tokens: never cached, framed or referred on. */
const PAGE_HEADERS: Record<string, string> = {
  "cache-control": "no-store",
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
};

type HtmlStatus = 200 | 400 | 402 | 403 | 404 | 503;

/**
 * imin's Card Details app, played by the sandbox at /cards: a relying party of the broker's OpenID
 * Provider (the portal) that lets the signed-in imin customer keep cards for checkout.
 */
export function registerCards(app: Hono, ctx: SandboxContext): void {
  const settings = ctx.config.cardDetails;
  const redirectUri = `${ctx.urls.public}/cards/callback`;
  const rp: RelyingParty | undefined = settings ? createRelyingParty(settings, redirectUri) : undefined;
  const brokerName = settings?.brokerName ?? (settings ? new URL(settings.issuer).host : "imin");
  const sessions = createCardsSessions();
  const secure = ctx.urls.public.startsWith("https:");
  const cookieOptions = { path: "/cards", httpOnly: true, sameSite: "Lax", secure } as const;

  /** A `return_to` on the provider's (the portal's) own origin, else undefined: never an open redirect. */
  const returnTarget = (value: string | undefined): string | undefined => {
    if (!settings || !value || !URL.canParse(value)) return undefined;
    const url = new URL(value);
    return url.origin === new URL(settings.issuer).origin ? url.href : undefined;
  };
  const backHref = (c: Context) => returnTarget(c.req.query("return_to")) ?? returnTarget(getCookie(c, RETURN_COOKIE)) ?? settings?.issuer;
  const html = (c: Context, body: string, status: HtmlStatus = 200) =>
    c.html(withBackLink(body, brokerName, backHref(c)), status, PAGE_HEADERS);
  const problem = (c: Context, status: HtmlStatus, title: string, message: string, retry = true) =>
    html(c, cardsProblemPage(brokerName, title, message, retry), status);

  async function startSignIn(c: Context, silent: boolean): Promise<Response> {
    if (!rp) return notSetUp(c);
    try {
      const { url, pending } = await rp.authorizationRequest(silent);
      setCookie(c, PENDING_COOKIE, sessions.startPending(pending), { ...cookieOptions, maxAge: sessions.pendingMaxAgeSeconds });
      c.header("cache-control", "no-store");
      return c.redirect(url.href, 302);
    } catch (err) {
      console.warn("[sandbox cards] provider discovery failed:", describeError(err));
      return problem(
        c,
        503,
        "Sign-in unavailable",
        `The sign-in service of ${brokerName} cannot be reached right now. Try again in a moment.`,
      );
    }
  }

  const notSetUp = (c: Context) =>
    problem(
      c,
      503,
      "Card Details app not set up",
      "This sandbox has no OpenID Provider configured for the Card Details app (npm start configures the portal as one).",
      false,
    );

  function currentSession(c: Context): CardsSession | undefined {
    return sessions.get(getCookie(c, SESSION_COOKIE));
  }

  /** A card form's session and CSRF token, or the response that refuses it. */
  async function formSession(c: Context): Promise<{ session: CardsSession; form: Record<string, unknown> } | Response> {
    const session = currentSession(c);
    if (!session) return c.redirect("/cards", 303);
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody();
    } catch {
      form = {};
    }
    if (!csrfMatches(session, form.csrf)) {
      return problem(
        c,
        403,
        "Form expired",
        "This form is out of date (or came from another site), so nothing was changed. Open your cards again.",
      );
    }
    return { session, form };
  }

  app.use("*", async (c, next) => {
    await next();
    if (c.req.path === "/cards" || c.req.path.startsWith("/cards/")) {
      for (const [name, value] of Object.entries(PAGE_HEADERS)) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
  });

  app.get("/cards", (c) => {
    const back = returnTarget(c.req.query("return_to"));
    if (back) setCookie(c, RETURN_COOKIE, back, { ...cookieOptions, maxAge: 24 * 60 * 60 });
    const session = currentSession(c);
    if (!session) return startSignIn(c, true);
    const flash = session.flash;
    session.flash = undefined;
    return html(c, cardsPage(brokerName, session, cardsOfCustomer(ctx, session.sub), {}, flash));
  });

  // "Sign in at <broker>": the same request without prompt=none, so the provider shows its sign-in.
  app.get("/cards/sign-in", (c) => startSignIn(c, false));

  app.get("/cards/callback", async (c) => {
    if (!rp) return notSetUp(c);
    const pending = sessions.takePending(getCookie(c, PENDING_COOKIE));
    deleteCookie(c, PENDING_COOKIE, cookieOptions);
    if (!pending) {
      return problem(
        c,
        400,
        "Sign-in expired",
        "This sign-in was already used or took too long. Open your payment cards again to sign in.",
      );
    }
    const outcome = await rp.callback(new URL(c.req.url).searchParams, pending).catch((err: unknown) => {
      console.warn("[sandbox cards] provider unreachable at callback:", describeError(err));
      return { kind: "failed" as const, reason: "unreachable" };
    });
    if (outcome.kind === "login-required") return html(c, signInPage(brokerName));
    if (outcome.kind === "failed") {
      return problem(c, 400, "Sign-in failed", `${brokerName} did not confirm who you are, so nothing was shown. Try again.`);
    }
    const customer = ctx.store.customerById(outcome.claims.sub);
    if (!customer || customer.erased || customer.deletionRequestedAt) {
      return problem(
        c,
        403,
        "No imin account",
        `Your ${brokerName} account has no imin customer account, so there are no cards to show.`,
        false,
      );
    }
    sessions.end(getCookie(c, SESSION_COOKIE));
    setCookie(c, SESSION_COOKIE, sessions.create(outcome.claims), { ...cookieOptions, maxAge: sessions.sessionMaxAgeSeconds });
    return c.redirect("/cards", 303);
  });

  app.post("/cards/add", async (c) => {
    const got = await formSession(c);
    if (got instanceof Response) return got;
    const { session, form } = got;
    const input = {
      number: typeof form.number === "string" ? form.number.slice(0, 64) : "",
      expiry: typeof form.expiry === "string" ? form.expiry.slice(0, 16) : "",
      makeDefault: form.makeDefault === "yes",
    };
    const outcome = addCard(ctx, session.sub, input);
    if (!outcome.ok) {
      const page = cardsPage(brokerName, session, cardsOfCustomer(ctx, session.sub), {
        ...input,
        error: { field: outcome.field, message: outcome.message },
      });
      return html(c, page, outcome.declined ? 402 : 400);
    }
    session.flash = `${describeCard(outcome.card)} saved${outcome.card.isDefault ? " as your default card" : ""}.`;
    return c.redirect("/cards", 303);
  });

  app.post("/cards/:id/default", async (c) => {
    const got = await formSession(c);
    if (got instanceof Response) return got;
    const card = makeDefault(ctx, got.session.sub, c.req.param("id"));
    if (!card) return problem(c, 404, "Card not found", "That card is not one of your saved cards.");
    got.session.flash = `${describeCard(card)} is now your default card.`;
    return c.redirect("/cards", 303);
  });

  app.get("/cards/:id/delete", (c) => {
    const session = currentSession(c);
    if (!session) return c.redirect("/cards", 303);
    const card = cardOfCustomer(ctx, session.sub, c.req.param("id"));
    if (!card) return problem(c, 404, "Card not found", "That card is not one of your saved cards.");
    return html(c, confirmDeletePage(brokerName, session, card));
  });

  app.post("/cards/:id/delete", async (c) => {
    const got = await formSession(c);
    if (got instanceof Response) return got;
    const card = deleteCard(ctx, got.session.sub, c.req.param("id"));
    if (!card) return problem(c, 404, "Card not found", "That card is not one of your saved cards.");
    got.session.flash = `${describeCard(card)} deleted.`;
    return c.redirect("/cards", 303);
  });

  app.post("/cards/sign-out", async (c) => {
    const got = await formSession(c);
    if (got instanceof Response) return got;
    sessions.end(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, cookieOptions);
    return html(c, signedOutPage(brokerName, displayName(got.session)));
  });

  registerCardsAdmin(app, ctx);
}
