/**
 * Validation messages: zod schemas carry catalogue keys ("validation.emailInvalid"), never words;
 * where an error is shown, `tError` translates it with a translator of the root (no namespace):
 * `const t = useTranslations(); tError(t, error)`. Anything that is not a key (an imin or server
 * answer already in words) is shown as it is.
 */
const KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;

function isMessageKey(value: string | undefined | null): value is string {
  return typeof value === "string" && KEY.test(value);
}

export function tError(
  t: { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean },
  message: string | undefined | null,
  values?: Record<string, string | number>,
): string {
  if (!message) return "";
  return isMessageKey(message) && t.has(message) ? t(message, values) : message;
}
