// One formatter per currency: building one costs far more than using it, and a /book page shows many prices.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(code: string): Intl.NumberFormat {
  let formatter = formatters.get(code);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-GB", { style: "currency", currency: code });
    formatters.set(code, formatter);
  }
  return formatter;
}

/** Prices as imin sends them: major units (4.3 = £4.30), tax included. */
export function formatPrice(amount: number | string | undefined | null, currency: string | undefined | null = "GBP"): string {
  if (amount === undefined || amount === null || amount === "") return "";
  const value = typeof amount === "string" ? Number(amount.trim()) : amount;
  if (!Number.isFinite(value)) return "";
  if (value === 0) return "Free";
  const code = (currency ?? "GBP").trim().toUpperCase() || "GBP";
  try {
    return formatterFor(code).format(value);
  } catch {
    return `${value.toFixed(2)} ${code}`;
  }
}
