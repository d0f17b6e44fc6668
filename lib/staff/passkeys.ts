import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { z } from "zod";
import { getBrokerConfig } from "@/lib/broker/config";
import { getEnv } from "@/lib/env";
import { type Ceremony, putChallenge, takeChallenge } from "./challenges";
import { type NewPasskey, type StaffPasskey, findPasskey, markPasskeyUsed } from "./passkey-store";

/**
 * Passkeys (WebAuthn) as a staff second factor, with @simplewebauthn/server. The relying party is
 * the portal's configured public origin (PORTAL_URL), never the request's Host header: RP ID its
 * host name, the only accepted origin its origin. User verification is required (a PIN or
 * biometric on the device), attestation is not asked for. Challenges live server side
 * (./challenges.ts): single-use, minutes long.
 */

export type RegistrationOptions = Awaited<ReturnType<typeof generateRegistrationOptions>>;
export type AuthenticationOptions = Awaited<ReturnType<typeof generateAuthenticationOptions>>;
type RegistrationResponse = Parameters<typeof verifyRegistrationResponse>[0]["response"];
type AuthenticationResponse = Parameters<typeof verifyAuthenticationResponse>[0]["response"];

const TIMEOUT_MS = 120_000;
type Transport = NonNullable<NonNullable<Parameters<typeof generateAuthenticationOptions>[0]>["allowCredentials"]>[number]["transports"];

function relyingParty() {
  const url = new URL(getEnv().PORTAL_URL);
  return { id: url.hostname, origin: url.origin, name: `${getBrokerConfig().name} staff console` };
}

const b64url = z
  .string()
  .regex(/^[A-Za-z0-9_-]+={0,2}$/)
  .max(20_000);
// Only the shape is checked here; @simplewebauthn/server verifies everything inside.
const registrationResponseSchema = z.object({
  id: b64url,
  rawId: b64url,
  type: z.literal("public-key"),
  response: z.looseObject({
    clientDataJSON: b64url,
    attestationObject: b64url,
    transports: z.array(z.string().max(20)).max(10).optional(),
  }),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.string().max(40).optional(),
});
const authenticationResponseSchema = z.object({
  id: b64url,
  rawId: b64url,
  type: z.literal("public-key"),
  response: z.looseObject({ clientDataJSON: b64url, authenticatorData: b64url, signature: b64url, userHandle: b64url.optional() }),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.string().max(40).optional(),
});

const descriptor = (p: Pick<StaffPasskey, "credentialId" | "transports">) => ({
  id: Buffer.from(p.credentialId, "base64url"),
  type: "public-key" as const,
  transports: (p.transports ?? undefined) as Transport,
});

/** Options for creating a passkey for `user` (the staff id is the WebAuthn user handle); existing ones are excluded. */
export async function passkeyRegistrationOptions(
  owner: string,
  user: { id: string; email: string },
  existing: Pick<StaffPasskey, "credentialId" | "transports">[],
  now = new Date(),
): Promise<RegistrationOptions> {
  const rp = relyingParty();
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userID: user.id,
    userName: user.email,
    timeout: TIMEOUT_MS,
    attestationType: "none",
    excludeCredentials: existing.map(descriptor),
    authenticatorSelection: { residentKey: "preferred", userVerification: "required" },
  });
  await putChallenge(owner, "register", options.challenge, now);
  return options;
}

async function expected(owner: string, ceremony: Ceremony, now: Date) {
  const challenge = await takeChallenge(owner, ceremony, now);
  return challenge ? { challenge, rp: relyingParty() } : undefined;
}

/** The new credential when `response` answers the owner's pending registration challenge; the challenge is spent either way. */
export async function verifyPasskeyRegistration(owner: string, response: unknown, now = new Date()): Promise<NewPasskey | undefined> {
  const exp = await expected(owner, "register", now);
  const parsed = registrationResponseSchema.safeParse(response);
  if (!exp || !parsed.success) return undefined;
  try {
    const { verified, registrationInfo: info } = await verifyRegistrationResponse({
      response: parsed.data as RegistrationResponse,
      expectedChallenge: exp.challenge,
      expectedOrigin: exp.rp.origin,
      expectedRPID: exp.rp.id,
      requireUserVerification: true,
    });
    if (!verified || !info) return undefined;
    return {
      credentialId: Buffer.from(info.credentialID).toString("base64url"),
      publicKey: Buffer.from(info.credentialPublicKey).toString("base64url"),
      counter: info.counter,
      transports: parsed.data.response.transports,
    };
  } catch {
    return undefined;
  }
}

/** Options for proving one of `passkeys` (the staff member's own, listed). */
export async function passkeyAuthenticationOptions(
  owner: string,
  passkeys: StaffPasskey[],
  now = new Date(),
): Promise<AuthenticationOptions> {
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().id,
    timeout: TIMEOUT_MS,
    userVerification: "required",
    allowCredentials: passkeys.map(descriptor),
  });
  await putChallenge(owner, "authenticate", options.challenge, now);
  return options;
}

/**
 * The credential id when `response` is a signature by one of this staff member's passkeys over the
 * owner's pending challenge (its signature counter is stored; a counter that went back is refused).
 */
export async function verifyPasskeyAuthentication(
  owner: string,
  staffId: string,
  response: unknown,
  now = new Date(),
): Promise<string | undefined> {
  const exp = await expected(owner, "authenticate", now);
  const parsed = authenticationResponseSchema.safeParse(response);
  if (!exp || !parsed.success) return undefined;
  const passkey = await findPasskey(staffId, parsed.data.rawId.replace(/=+$/, ""));
  if (!passkey) return undefined;
  try {
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response: parsed.data as AuthenticationResponse,
      expectedChallenge: exp.challenge,
      expectedOrigin: exp.rp.origin,
      expectedRPID: exp.rp.id,
      requireUserVerification: true,
      authenticator: {
        credentialID: Buffer.from(passkey.credentialId, "base64url"),
        credentialPublicKey: Buffer.from(passkey.publicKey, "base64url"),
        counter: passkey.counter,
        transports: descriptor(passkey).transports,
      },
    });
    if (!verified) return undefined;
    await markPasskeyUsed(passkey.credentialId, authenticationInfo.newCounter, now);
    return passkey.credentialId;
  } catch {
    return undefined;
  }
}
