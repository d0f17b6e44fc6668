/** The sandbox's test cards (documented in docs/SANDBOX.md), shared by the checkout and the Card Details app. */
export const SUCCESS_CARD = "4242424242424242";
export const DECLINE_CARD = "4000000000000002";

export const UNRECOGNISED_CARD_MESSAGE =
  "That card number is not recognised in the sandbox. Use 4242 4242 4242 4242 to pay, or 4000 0000 0000 0002 to see a decline.";

export function normaliseCardNumber(raw: string): string {
  return raw.replace(/[\s-]/g, "");
}

/** The Luhn checksum every real card number satisfies. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The scheme from the number's leading digits (IIN ranges). */
export function cardBrand(digits: string): string {
  if (/^4/.test(digits)) return "Visa";
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return "Mastercard";
  if (/^3[47]/.test(digits)) return "American Express";
  return "Card";
}
