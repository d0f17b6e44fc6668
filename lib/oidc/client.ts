import type { ClientMetadata } from "oidc-provider";
import { getEnv } from "@/lib/env";

/**
 * The one client the provider knows: imin's Card Details app, from CARD_DETAILS_CLIENT_ID,
 * CARD_DETAILS_CLIENT_SECRET and CARD_DETAILS_REDIRECT_URIS (all three, or no client). There is
 * no registration endpoint, so every other client id is refused.
 */
export function cardDetailsClient(): ClientMetadata | undefined {
  const env = getEnv();
  if (!env.CARD_DETAILS_CLIENT_ID || !env.CARD_DETAILS_CLIENT_SECRET || !env.CARD_DETAILS_REDIRECT_URIS?.length) return undefined;
  return {
    client_id: env.CARD_DETAILS_CLIENT_ID,
    client_secret: env.CARD_DETAILS_CLIENT_SECRET,
    client_name: "Card Details",
    redirect_uris: env.CARD_DETAILS_REDIRECT_URIS,
    response_types: ["code"],
    grant_types: ["authorization_code"],
    token_endpoint_auth_method: "client_secret_basic",
    id_token_signed_response_alg: "RS256",
  };
}

/** Names the variables set without the others (a client half configured is no client). */
export function partialClientConfig(): string[] {
  const env = getEnv();
  const set = {
    CARD_DETAILS_CLIENT_ID: Boolean(env.CARD_DETAILS_CLIENT_ID),
    CARD_DETAILS_CLIENT_SECRET: Boolean(env.CARD_DETAILS_CLIENT_SECRET),
    CARD_DETAILS_REDIRECT_URIS: Boolean(env.CARD_DETAILS_REDIRECT_URIS?.length),
  };
  const missing = Object.entries(set).filter(([, v]) => !v);
  return missing.length === 3 ? [] : missing.map(([k]) => k);
}
