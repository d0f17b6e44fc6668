/**
 * Validation messages: zod schemas carry catalogue keys, never words, with any values after a `?`
 * (`vkey("validation.tooLong", { max: 100 })` → "validation.tooLong?max=100"). Where an error is
 * shown it is translated with a translator of the root (no namespace): `tError(useTranslations(), e)`
 * (components/ui/form-field.tsx and form-message.tsx do it). Anything that is not a known key (an
 * imin or server answer already in words) is shown as it is.
 */
const KEY = /^([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)(?:\?(.*))?$/;

/** A message key with its values, for a zod schema's `message`. */
export function vkey(key: string, values?: Record<string, string | number>): string {
  if (!values) return key;
  return `${key}?${new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)])).toString()}`;
}

export function tError(
  t: { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean },
  message: string | undefined | null,
): string {
  if (!message) return "";
  const m = KEY.exec(message);
  if (!m || !t.has(m[1]!)) return message;
  if (m[2] === undefined) return t(m[1]!);
  return t(m[1]!, Object.fromEntries([...new URLSearchParams(m[2])].map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v])));
}
