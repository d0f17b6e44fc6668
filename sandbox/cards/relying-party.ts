import * as oidc from "openid-client";
import type { CardDetailsClientConfig } from "../config";
import type { PendingSignIn } from "./app-sessions";

interface SignedInClaims {
  sub: string;
  givenName?: string;
  familyName?: string;
  email?: string;
}

export type CallbackOutcome =
  | { kind: "signed-in"; claims: SignedInClaims }
  /** `prompt=none` found no session at the provider (or it needs the customer to act). */
  | { kind: "login-required" }
  | { kind: "failed"; reason: string };

/** Answers to a silent request that mean "ask the customer", not "something is broken" (OIDC Core 3.1.2.6). */
const INTERACTION_ERRORS = new Set(["login_required", "interaction_required", "consent_required", "account_selection_required"]);
const SCOPE = "openid email profile";

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/**
 * imin's Card Details app as a relying party of the broker's OpenID Provider, on panva's
 * openid-client: authorization code with PKCE (S256), state and nonce, client_secret_basic.
 * Discovery runs on first use (the portal starts after the sandbox) and again after a failure.
 */
export function createRelyingParty(settings: CardDetailsClientConfig, redirectUri: string) {
  let configuration: Promise<oidc.Configuration> | undefined;
  const insecure = new URL(settings.issuer).protocol === "http:";

  function discover(): Promise<oidc.Configuration> {
    configuration ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        { client_secret: settings.clientSecret, redirect_uris: [redirectUri], response_types: ["code"] },
        oidc.ClientSecretBasic(settings.clientSecret),
        // Plain http only for a local portal (sandbox mode); a real issuer is https.
        { timeout: 10, ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}) },
      )
      .catch((err: unknown) => {
        configuration = undefined;
        throw err;
      });
    return configuration;
  }

  return {
    issuer: settings.issuer,

    /** A fresh state, nonce and PKCE verifier, and the provider URL to send the browser to. */
    async authorizationRequest(silent: boolean): Promise<{ url: URL; pending: Omit<PendingSignIn, "expiresAt"> }> {
      const config = await discover();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier, silent };
      const params: Record<string, string> = {
        redirect_uri: redirectUri,
        response_type: "code",
        scope: SCOPE,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: "S256",
      };
      if (silent) params.prompt = "none";
      return { url: oidc.buildAuthorizationUrl(config, params), pending };
    },

    /**
     * Checks the authorization response (state, iss), redeems the code with the verifier, validates
     * the ID token (signature, iss, aud, exp, nonce) and reads the profile claims from UserInfo.
     */
    async callback(query: URLSearchParams, pending: PendingSignIn): Promise<CallbackOutcome> {
      const config = await discover();
      const currentUrl = new URL(redirectUri);
      currentUrl.search = query.toString();
      try {
        const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        if (!idToken?.sub) return { kind: "failed", reason: "no-subject" };
        let profile: Record<string, unknown> = idToken;
        try {
          profile = { ...idToken, ...(await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub)) };
        } catch (err) {
          // The ID token's claims still sign the customer in; the name is what goes missing.
          console.warn("[sandbox cards] userinfo failed:", describeError(err));
        }
        return {
          kind: "signed-in",
          claims: {
            sub: idToken.sub,
            givenName: text(profile.given_name),
            familyName: text(profile.family_name),
            email: text(profile.email),
          },
        };
      } catch (err) {
        if (err instanceof oidc.AuthorizationResponseError && pending.silent && INTERACTION_ERRORS.has(err.error)) {
          return { kind: "login-required" };
        }
        const reason = describeError(err);
        console.warn("[sandbox cards] sign-in refused:", reason);
        return { kind: "failed", reason };
      }
    },
  };
}

export type RelyingParty = ReturnType<typeof createRelyingParty>;

/** An error's protocol code only: never a message that could quote a code, token or secret. */
export function describeError(err: unknown): string {
  if (err instanceof oidc.AuthorizationResponseError || err instanceof oidc.ResponseBodyError) return err.error;
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" ? code : err instanceof Error ? err.name : "unknown";
}
