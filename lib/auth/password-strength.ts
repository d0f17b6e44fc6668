import type { ZxcvbnFactory, ZxcvbnResult } from "@zxcvbn-ts/core";

/**
 * The password rule, shared by the server (lib/auth/password-policy.ts) and the strength hint in
 * the browser (components/ui/password-field.tsx). It holds no dictionaries itself: the server
 * passes a checker built from statically imported ones, the browser loads them on first use.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's score (0–4) a new password needs: 3 is "safely unguessable" (about 10^8 guesses and up). */
const PASSWORD_MIN_SCORE = 3;

export const PASSWORD_RULE_TEXT = `At least ${PASSWORD_MIN_LENGTH} characters, not a common password. A few unrelated words work well.`;

export interface PasswordVerdict {
  ok: boolean;
  /** 0–4 (zxcvbn); 0 when too short. */
  score: number;
  /** Why it is refused, in plain words (English); undefined when ok. */
  message?: string;
  /** Why it is refused, for a translated message (lib/auth/password-policy `passwordVerdictKey`). */
  reason?: "tooShort" | "tooLong" | "personal" | "common" | "guessable";
  /** zxcvbn's suggestions, for the hint. */
  suggestions: string[];
}

type Checker = Pick<ZxcvbnFactory, "check">;

const COMMON_LISTS = new Set(["passwords-common", "diceware-common"]);

/** True when the whole password (ignoring case, l33t and reversal) is a single entry of a list. */
function isWholeDictionaryWord(result: ZxcvbnResult, password: string) {
  return result.sequence.some(
    (m) => m.pattern === "dictionary" && m.i === 0 && m.j === password.length - 1 && COMMON_LISTS.has(String(m.dictionaryName)),
  );
}

const SEPARATORS = /[@.\s_+-]+/;

/**
 * The words a guesser tries first for this person: each input whole, in parts and run together
 * ("Acme Fitness", "acme", "fitness", "acmefitness"). An email counts by its local part only
 * ("sam.lee@gmail.com": "sam", "lee", "samlee"): its domain is shared by millions.
 */
function personalWords(userInputs: string[]): string[] {
  return userInputs.flatMap((v) => {
    const own = v.includes("@") ? v.slice(0, v.lastIndexOf("@")) : v;
    const parts = own.split(SEPARATORS);
    return [own, ...parts, parts.join("")].map((w) => w.toLowerCase()).filter((w) => w.length >= 3);
  });
}

/** The password with every personal word cut out (longest first), or undefined when it holds none. */
function withoutPersonalWords(password: string, words: string[]): string | undefined {
  const lower = password.toLowerCase();
  let rest = lower;
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) rest = rest.split(w).join(" ");
  return rest === lower ? undefined : rest.replace(/\s+/g, " ").trim();
}

/**
 * Judges a new password. `userInputs` (the broker's name, the person's email and names) count as
 * guessable words: zxcvbn is told them, and the password must still pass with them cut out (zxcvbn
 * alone scores three known words and a year, "acme" "fitness" "2026", as strong).
 */
export function judgePassword(checker: Checker, password: string, userInputs: string[] = []): PasswordVerdict {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return {
      ok: false,
      score: 0,
      message: `Use at least ${PASSWORD_MIN_LENGTH} characters for your password.`,
      reason: "tooShort",
      suggestions: [],
    };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return {
      ok: false,
      score: 0,
      message: `Use at most ${PASSWORD_MAX_LENGTH} characters for your password.`,
      reason: "tooLong",
      suggestions: [],
    };
  }
  const words = personalWords(userInputs);
  const rest = withoutPersonalWords(password, words);
  if (rest !== undefined && !judgePassword(checker, rest).ok) {
    return {
      ok: false,
      score: 1,
      message:
        "That password is mostly your name, your email address or our name, which are easy to guess. Try a few unrelated words together.",
      reason: "personal",
      suggestions: [],
    };
  }
  const inputs = [...userInputs.flatMap((v) => [v, ...v.split(SEPARATORS)]), ...words].filter((v) => v.length >= 3);
  const result = checker.check(password, inputs);
  const suggestions = [result.feedback.warning, ...result.feedback.suggestions].filter((s): s is string => Boolean(s));
  if (isWholeDictionaryWord(result, password)) {
    return {
      ok: false,
      score: Math.min(result.score, 1),
      message: "That password is on a list of common passwords that attackers try first. Choose another.",
      reason: "common",
      suggestions,
    };
  }
  if (result.score < PASSWORD_MIN_SCORE) {
    const why = result.feedback.warning ? ` ${result.feedback.warning}` : "";
    return {
      ok: false,
      score: result.score,
      message: `That password is too easy to guess.${why} Try a few unrelated words together.`,
      reason: "guessable",
      suggestions,
    };
  }
  return { ok: true, score: result.score, suggestions };
}

let browserChecker: Promise<Checker> | undefined;

/**
 * Loads zxcvbn and its dictionaries (a few hundred kB) on first use, as separate chunks: pages
 * that never show a password field do not download them.
 */
export function loadPasswordChecker(): Promise<Checker> {
  browserChecker ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common"), import("@zxcvbn-ts/language-en")]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      }),
  );
  return browserChecker;
}
