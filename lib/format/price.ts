import { formatWords } from "./words";

// One formatter per currency and language: building one costs far more than using it, and a /book page shows many prices.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(code: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${code}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency: code });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Prices as imin sends them: major units (4.3 = £4.30), tax included. */
export function formatPrice(
  amount: number | string | undefined | null,
  currency: string | undefined | null = "GBP",
  locale = "en-GB",
): string {
  if (amount === undefined || amount === null || amount === "") return "";
  const value = typeof amount === "string" ? Number(amount.trim()) : amount;
  if (!Number.isFinite(value)) return "";
  if (value === 0) return formatWords(locale).free;
  const code = (currency ?? "GBP").trim().toUpperCase() || "GBP";
  try {
    return formatterFor(code, locale).format(value);
  } catch {
    return `${value.toFixed(2)} ${code}`;
  }
}
