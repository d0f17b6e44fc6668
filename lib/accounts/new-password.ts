import "server-only";
import { checkNewPassword, passwordVerdictKey } from "@/lib/auth/password-policy";
import { getBrokerConfig } from "@/lib/broker/config";

/** `message` is a catalogue key (`validation.password…`), translated where the form shows it. */
export type WeakPassword = { ok: false; reason: "weak"; message: string };

/**
 * The password policy with everything the server knows of the login as guessable words (the forms
 * judge only what they carry): the broker's name, the login's email and given name.
 */
export function judgeOwnNewPassword(password: string, login: { email: string; givenName?: string | null }): WeakPassword | undefined {
  const verdict = checkNewPassword(password, [getBrokerConfig().name, login.email, login.givenName ?? ""].filter(Boolean));
  return verdict.ok ? undefined : { ok: false, reason: "weak", message: passwordVerdictKey(verdict) };
}
