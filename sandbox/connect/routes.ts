import type { Context, Hono } from "hono";
import { html } from "../http/html";
import type { SandboxContext } from "../context";
import type { CustomerRecord, Seller } from "../store/types";
import { activeCustomer } from "../booking/linked-accounts";
import { findEvidenceRequest, linkAccount } from "./link";
import { connectPage } from "./page";
import { readConnectToken, type ConnectClaims, type ConnectMode } from "./token";

type ConnectOutcome = "linked" | "cancelled" | "failed";

/** Emails at this domain make the seller's booking system fail the link (to exercise `failed`). */
const FAILING_EMAIL_DOMAIN = "@fail.example";

const PATHS: Record<ConnectMode, string> = { register: "/connect/sign-in", create: "/connect/create-account" };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const usedNonces = new WeakMap<object, Set<string>>();

function nonceSet(ctx: SandboxContext): Set<string> {
  const set = usedNonces.get(ctx.store) ?? new Set<string>();
  usedNonces.set(ctx.store, set);
  return set;
}

/** Where the person goes back to: redirectUri plus `linked=<seller slug>&outcome=<outcome>`. */
function returnUrl(redirectUri: string, seller: Seller | undefined, outcome: ConnectOutcome): string {
  const url = new URL(redirectUri);
  if (seller) url.searchParams.set("linked", seller.slug);
  url.searchParams.set("outcome", outcome);
  return url.toString();
}

const PAGE_HEADERS = { "cache-control": "no-store", "referrer-policy": "no-referrer" };

function errorPage(c: Context, status: 400 | 404 | 410, title: string, message: string, back?: string) {
  return c.html(
    connectPage(
      title,
      html`<h1>${title}</h1>
<p role="alert">${message}</p>
${back ? html`<p><a href="${back}">Go back and start again</a></p>` : ""}`,
    ),
    status,
    PAGE_HEADERS,
  );
}

interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
}

function field(name: string, label: string, type: "text" | "email" | "password", autocomplete: string, state: FormState) {
  const error = state.errors[name];
  const value = type === "password" ? "" : (state.values[name] ?? "");
  return html`<label for="${name}">${label}</label>
<input id="${name}" name="${name}" type="${type}" autocomplete="${autocomplete}" value="${value}" required
${error ? html`aria-invalid="true" aria-describedby="${name}-error"` : ""}>
${error ? html`<p class="field-error" id="${name}-error">${error}</p>` : ""}`;
}

function formPage(
  c: Context,
  ctx: SandboxContext,
  token: string,
  claims: ConnectClaims,
  seller: Seller,
  state: FormState,
  status: 200 | 400 = 200,
) {
  const register = claims.mode === "register";
  const title = register ? `Sign in to ${seller.name}` : `Create your ${seller.name} account`;
  const errorList = Object.values(state.errors);
  return c.html(
    connectPage(
      title,
      html`<header class="seller">
  <img src="${ctx.urls.public}${seller.logoPath}" alt="" width="64" height="64">
  <div><h1>${title}</h1><p>${seller.name} will link this account to the broker you came from.</p></div>
</header>
${
  errorList.length
    ? html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>There is a problem</h2>
  <ul>${errorList.map((e) => html`<li>${e}</li>`)}</ul>
</div>`
    : ""
}
<p class="note">${
        register
          ? "Sandbox: sign in with an email this seller already knows; any password is accepted."
          : "Sandbox: any details are accepted; the password must be at least 8 characters."
      }</p>
<form method="post" action="${PATHS[claims.mode]}" novalidate>
<input type="hidden" name="token" value="${token}">
${
  register
    ? html`${field("email", "Email address", "email", "email", state)}
${field("password", "Password", "password", "current-password", state)}`
    : html`${field("givenName", "First name", "text", "given-name", state)}
${field("familyName", "Last name", "text", "family-name", state)}
${field("email", "Email address", "email", "email", state)}
${field("password", "Choose a password", "password", "new-password", state)}`
}
<div class="actions">
  <button class="primary" type="submit" name="intent" value="link">${register ? "Sign in and link" : "Create account and link"}</button>
  <button class="secondary" type="submit" name="intent" value="cancel" formnovalidate>Cancel</button>
</div>
</form>`,
    ),
    status,
    PAGE_HEADERS,
  );
}

type Checked =
  | { ok: true; claims: ConnectClaims; seller: Seller; customer: CustomerRecord }
  | { ok: false; response: Response | Promise<Response> };

function checkToken(c: Context, ctx: SandboxContext, mode: ConnectMode, token: string | undefined): Checked {
  const check = readConnectToken(token, ctx.clock.now().getTime());
  if (!check.ok) {
    return check.reason === "expired"
      ? {
          ok: false,
          response: errorPage(
            c,
            410,
            "This link has expired",
            "Links to a seller last 30 minutes. Go back to the broker's site and choose the seller again.",
          ),
        }
      : {
          ok: false,
          response: errorPage(
            c,
            400,
            "This link is not valid",
            "The link is incomplete or has been changed. Go back to the broker's site and choose the seller again.",
          ),
        };
  }
  const { claims } = check;
  if (claims.mode !== mode) {
    return {
      ok: false,
      response: errorPage(
        c,
        400,
        "This link is not valid",
        "The link does not belong to this page. Go back to the broker's site and choose the seller again.",
      ),
    };
  }
  if (nonceSet(ctx).has(claims.nonce)) {
    return {
      ok: false,
      response: errorPage(
        c,
        410,
        "This link has already been used",
        "Each link works once. Go back to the broker's site to see your accounts.",
        claims.redirectUri,
      ),
    };
  }
  const seller = ctx.store.sellerById(claims.sellerId);
  const customer = activeCustomer(ctx, claims.customerId);
  if (!seller || !customer) {
    nonceSet(ctx).add(claims.nonce);
    return { ok: false, response: c.redirect(returnUrl(claims.redirectUri, seller, "failed"), 303) };
  }
  return { ok: true, claims, seller, customer };
}

function validate(mode: ConnectMode, values: Record<string, string>, seller: Seller, ctx: SandboxContext): Record<string, string> {
  const errors: Record<string, string> = {};
  const email = values.email ?? "";
  if (mode === "create") {
    if (!values.givenName) errors.givenName = "Enter your first name";
    else if (values.givenName.length > 100) errors.givenName = "First name must be 100 characters or fewer";
    if (!values.familyName) errors.familyName = "Enter your last name";
    else if (values.familyName.length > 100) errors.familyName = "Last name must be 100 characters or fewer";
  }
  if (!email) errors.email = "Enter your email address";
  else if (!EMAIL.test(email) || email.length > 254) errors.email = "Enter an email address like name@example.com";
  if (!values.password) errors.password = "Enter your password";
  else if (mode === "create" && values.password.length < 8) errors.password = "Choose a password of at least 8 characters";
  if (!errors.email) {
    const known = ctx.store.sellerKnowsEmail(seller.id, email);
    if (mode === "register" && !known) {
      errors.email = `${seller.name} has no account with this email. Check it, or cancel and create a new account instead.`;
    } else if (mode === "create" && known) {
      errors.email = `${seller.name} already has an account with this email. Cancel and connect your existing account instead.`;
    }
  }
  return errors;
}

export function registerConnectPages(app: Hono, ctx: SandboxContext): void {
  for (const mode of ["register", "create"] as const) {
    const path = PATHS[mode];

    app.get(path, (c) => {
      const token = c.req.query("token");
      const checked = checkToken(c, ctx, mode, token);
      if (!checked.ok) return checked.response;
      const { customer } = checked;
      const values: Record<string, string> =
        mode === "register"
          ? { email: customer.email }
          : { givenName: customer.givenName, familyName: customer.familyName, email: customer.email };
      return formPage(c, ctx, token!, checked.claims, checked.seller, { values, errors: {} });
    });

    app.post(path, async (c) => {
      let form: Record<string, unknown>;
      try {
        form = await c.req.parseBody();
      } catch {
        return errorPage(c, 400, "This link is not valid", "The form could not be read. Go back to the broker's site and try again.");
      }
      const text = (key: string) => (typeof form[key] === "string" ? (form[key] as string).trim() : "");
      const token = text("token");
      const checked = checkToken(c, ctx, mode, token);
      if (!checked.ok) return checked.response;
      const { claims, seller, customer } = checked;

      if (text("intent") === "cancel") {
        nonceSet(ctx).add(claims.nonce);
        return c.redirect(returnUrl(claims.redirectUri, seller, "cancelled"), 303);
      }
      const values: Record<string, string> = {
        email: text("email"),
        password: typeof form.password === "string" ? form.password : "",
        givenName: text("givenName"),
        familyName: text("familyName"),
      };
      const errors = validate(mode, values, seller, ctx);
      if (Object.keys(errors).length) return formPage(c, ctx, token, claims, seller, { values, errors }, 400);

      nonceSet(ctx).add(claims.nonce);
      if (values.email.toLowerCase().endsWith(FAILING_EMAIL_DOMAIN)) {
        return c.redirect(returnUrl(claims.redirectUri, seller, "failed"), 303);
      }
      if (mode === "create") ctx.store.addSellerKnownEmail(seller.id, values.email);
      linkAccount(ctx, customer, seller, values.email);
      return c.redirect(returnUrl(claims.redirectUri, seller, "linked"), 303);
    });
  }

  // The upload link of an evidence request: the seller's page for sending proof of eligibility.
  app.get("/connect/evidence/:id", (c) => {
    const found = findEvidenceRequest(ctx, c.req.param("id"));
    const seller = found && ctx.store.sellerById(found.account.sellerId);
    if (!found || !seller) return errorPage(c, 404, "Evidence request not found", "This upload link is not valid.");
    const { request } = found;
    const open = request.status === "potential" || request.status === "active";
    const expired = Date.parse(request.expiry) < ctx.clock.now().getTime();
    const statusText =
      request.status === "completed"
        ? "Your evidence was accepted."
        : request.status === "failed"
          ? "Your evidence was not accepted, so the entitlement was removed."
          : request.status === "active"
            ? "Your evidence has been received and is being checked."
            : "We need evidence before this entitlement can be confirmed.";
    return c.html(
      connectPage(
        `Evidence for ${request.entitlementLabel}`,
        html`<header class="seller">
  <img src="${ctx.urls.public}${seller.logoPath}" alt="" width="64" height="64">
  <div><h1>Evidence for ${request.entitlementLabel}</h1><p>${seller.name}</p></div>
</header>
<p role="status">${statusText}</p>
${
  open && !expired
    ? html`<form method="post" action="/connect/evidence/${request.id}" enctype="multipart/form-data">
<label for="evidence">Photo or scan of your proof</label>
<input id="evidence" name="evidence" type="file" accept="image/*,application/pdf">
<p class="note">Sandbox: the file is not kept; sending marks the request as received.</p>
<div class="actions"><button class="primary" type="submit">Send evidence</button></div>
</form>`
    : open
      ? html`<p>The deadline for sending evidence has passed.</p>`
      : ""
}`,
      ),
      200,
      PAGE_HEADERS,
    );
  });

  app.post("/connect/evidence/:id", async (c) => {
    const found = findEvidenceRequest(ctx, c.req.param("id"));
    if (!found) return errorPage(c, 404, "Evidence request not found", "This upload link is not valid.");
    await c.req.parseBody().catch(() => undefined);
    if (found.request.status === "potential" && Date.parse(found.request.expiry) >= ctx.clock.now().getTime()) {
      found.request.status = "active";
    }
    return c.redirect(`/connect/evidence/${found.request.id}`, 303);
  });
}
