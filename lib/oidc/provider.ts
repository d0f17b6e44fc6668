import "server-only";
import Provider, { type Configuration, type KoaContextWithOIDC, interactionPolicy } from "oidc-provider";
import { findAccount } from "./account";
import { DbAdapter } from "./adapter";
import { cardDetailsClient } from "./client";
import { errorPage } from "./error-page";
import { describeError } from "./log-error";
import { portalSignIn } from "./portal-session";
import { cookieKeys } from "./secrets";

/**
 * The portal's OpenID Provider (panva's oidc-provider), issuer = PORTAL_URL. Everything it serves
 * is under /oidc, except discovery at /.well-known/openid-configuration.
 */
export const OIDC_ROUTES = {
  authorization: "/oidc/auth",
  token: "/oidc/token",
  userinfo: "/oidc/me",
  jwks: "/oidc/jwks",
  // Not enabled, but every route is kept under /oidc.
  end_session: "/oidc/session/end",
  pushed_authorization_request: "/oidc/request",
  revocation: "/oidc/token/revocation",
  introspection: "/oidc/token/introspection",
  registration: "/oidc/reg",
  device_authorization: "/oidc/device/auth",
  code_verification: "/oidc/device",
  backchannel_authentication: "/oidc/backchannel",
  challenge: "/oidc/challenge",
  credential: "/oidc/credential",
} as const;

export const INTERACTION_PATH = "/oidc/interaction/";
export const SCOPES = ["openid", "email", "profile"];

export interface ProviderOptions {
  issuer: string;
  authSecret: string;
  secureCookies: boolean;
  /** Private JWKs, the signing key first. */
  jwks: Record<string, unknown>[];
}

export function createProvider(opts: ProviderOptions): Provider {
  const client = cardDetailsClient();
  const cookie = { httpOnly: true, sameSite: "lax" as const, secure: opts.secureCookies, path: "/oidc" };
  const configuration: Configuration = {
    adapter: DbAdapter,
    clients: client ? [client] : [],
    findAccount,
    scopes: SCOPES,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["given_name", "family_name"] },
    // The relying party gets the customer's claims in the id_token as well as from userinfo.
    conformIdTokenClaims: false,
    responseTypes: ["code"],
    clientAuthMethods: ["client_secret_basic", "client_secret_post"],
    pkce: { required: () => true },
    enabledJWA: { idTokenSigningAlgValues: ["RS256"] },
    jwks: { keys: opts.jwks as never },
    cookies: {
      keys: cookieKeys(opts.authSecret),
      names: { session: "portal_oidc_session", interaction: "portal_oidc_interaction", resume: "portal_oidc_resume" },
      long: { ...cookie },
      short: { ...cookie },
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      resourceIndicators: { enabled: false },
      dPoP: { enabled: false },
      userinfo: { enabled: true },
    },
    interactions: {
      url: async (_ctx, interaction) => `${INTERACTION_PATH}${interaction.uid}`,
      policy: interactionPolicy.base(),
    },
    loadExistingGrant,
    issueRefreshToken: async () => false,
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = errorPage(out);
    },
    routes: OIDC_ROUTES,
    ttl: {
      AccessToken: 10 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 30 * 60,
      Session: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
  };
  const provider = new Provider(opts.issuer, configuration);
  // TLS ends at a proxy in production: the handler pins Host and X-Forwarded-Proto to PORTAL_URL.
  provider.proxy = true;
  bindSessionToPortal(provider);
  provider.on("server_error", (_ctx, error) => console.error(`oidc: server error (${describeError(error)})`));
  return provider;
}

/**
 * The provider session mirrors the portal session on every authorization request (and on the
 * resume after sign-in): signed out (or revoked) → no account, so `prompt=none` gets
 * `login_required` and a plain request goes through the portal's sign-in; signed in → that
 * customer, `auth_time` = when the portal session began. Hooked into the session loader, which
 * runs before the library reads the account and grant.
 */
function bindSessionToPortal(provider: Provider) {
  const Session = provider.Session;
  const load = Session.get.bind(Session);
  Session.get = async (ctx: KoaContextWithOIDC) => {
    const session = await load(ctx);
    const route = ctx.oidc?.route;
    if (route !== "authorization" && route !== "resume") return session;
    const signedIn = await portalSignIn(ctx.get("cookie"));
    const s = session as unknown as Record<string, unknown>;
    if (!signedIn) {
      if (session.accountId) {
        for (const key of ["accountId", "loginTs", "authorizations", "acr", "amr"]) delete s[key];
        s.touched = true;
      }
      return session;
    }
    if (session.accountId !== signedIn.accountId) {
      s.accountId = signedIn.accountId;
      delete s.authorizations;
      s.touched = true;
    }
    if (session.loginTs !== signedIn.loginTs) {
      s.loginTs = signedIn.loginTs;
      s.touched = true;
    }
    return session;
  };
}

/** First-party: the Card Details app never shows a consent screen; its grant is made here. */
async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  const accountId = oidc.session?.accountId;
  if (!accountId || !oidc.client) return undefined;
  const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
  let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
  if (grant && (grant.accountId !== accountId || grant.clientId !== oidc.client.clientId)) grant = undefined;
  grant ??= new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId });
  grant.addOIDCScope(SCOPES.join(" "));
  await grant.save();
  return grant;
}
