import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { z } from "zod";
import { vkey } from "@/lib/i18n/validation";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordVerdict, judgePassword } from "./password-strength";

/**
 * The server's password policy: at least 12 characters, zxcvbn score >= 3, never a whole entry of
 * the common/breached password lists that @zxcvbn-ts ships. Use it in every schema that sets a
 * password (sign-up, reset, change): `refineNewPassword(ctx, v.password, [v.email, v.givenName])`
 * in the object's superRefine, with the broker's name and whatever the form knows of the person.
 * Not for sign-in (an existing password is never re-judged).
 */
let checker: ZxcvbnFactory | undefined;
function serverChecker() {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return checker;
}

export function checkNewPassword(password: string, userInputs: string[] = []): PasswordVerdict {
  return judgePassword(serverChecker(), password, userInputs);
}

/**
 * A refused password's message as a catalogue key (`validation.password…`), translated where the
 * form shows it. zxcvbn's own warning is English only, so it is left out (the field's live hint
 * shows it to English readers).
 */
export function passwordVerdictKey(verdict: PasswordVerdict): string {
  switch (verdict.reason) {
    case "tooShort":
      return vkey("validation.passwordTooShort", { min: PASSWORD_MIN_LENGTH });
    case "tooLong":
      return vkey("validation.passwordTooLong", { max: PASSWORD_MAX_LENGTH });
    case "personal":
      return "validation.passwordPersonal";
    case "common":
      return "validation.passwordCommon";
    case "guessable":
      return "validation.passwordGuessable";
    default:
      return "validation.passwordStronger";
  }
}

/** A new password field (synchronous zod, so `schema.safeParse` works). */
export const newPasswordSchema = z
  .string({ message: "Choose a password." })
  .min(1, "Choose a password.")
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters for your password.`)
  .superRefine((v, ctx) => {
    if (!v || v.length > PASSWORD_MAX_LENGTH) return;
    const verdict = checkNewPassword(v);
    if (!verdict.ok) ctx.addIssue({ code: "custom", message: verdict.message ?? "Choose a stronger password." });
  });

/**
 * For an object schema's superRefine: judges `password` with `userInputs` (the broker's name, the
 * person's own details) as guessable words and adds the issue at `path` (default ["password"]).
 * Returns whether it passed.
 */
export function refineNewPassword(
  ctx: z.RefinementCtx,
  password: unknown,
  userInputs: (string | undefined)[],
  path: (string | number)[] = ["password"],
) {
  if (typeof password !== "string" || !password || password.length > PASSWORD_MAX_LENGTH) return false;
  const verdict = checkNewPassword(
    password,
    userInputs.filter((v): v is string => Boolean(v)),
  );
  if (!verdict.ok) ctx.addIssue({ code: "custom", path, message: passwordVerdictKey(verdict) });
  return verdict.ok;
}
