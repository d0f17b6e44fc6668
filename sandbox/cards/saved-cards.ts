import { randomBytes } from "node:crypto";
import type { SandboxContext } from "../context";
import { cardBrand, DECLINE_CARD, normaliseCardNumber, passesLuhn, SUCCESS_CARD } from "../checkout/test-cards";
import type { SavedCardRecord } from "../store/types";

const londonMonth = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "numeric" });

/** The current month in London (cards expire at the end of their month, wherever the clock's UTC day is). */
function currentMonth(ctx: SandboxContext): { year: number; month: number } {
  const parts = londonMonth.formatToParts(ctx.clock.now());
  return {
    year: Number(parts.find((p) => p.type === "year")!.value),
    month: Number(parts.find((p) => p.type === "month")!.value),
  };
}

export function isExpired(ctx: SandboxContext, card: Pick<SavedCardRecord, "expMonth" | "expYear">): boolean {
  const now = currentMonth(ctx);
  return card.expYear < now.year || (card.expYear === now.year && card.expMonth < now.month);
}

/** The customer's cards, the default first, then in the order they were added. */
export function cardsOfCustomer(ctx: SandboxContext, customerId: string): SavedCardRecord[] {
  return [...ctx.store.cards.values()]
    .filter((c) => c.customerId === customerId)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** A card only through its owner: another customer's token is as unknown as a made-up one. */
export function cardOfCustomer(ctx: SandboxContext, customerId: string, cardId: string): SavedCardRecord | undefined {
  const card = ctx.store.cards.get(cardId);
  return card && card.customerId === customerId ? card : undefined;
}

export interface NewCardInput {
  number: string;
  /** "MM/YY", "MM / YY" or "MM/YYYY". */
  expiry: string;
  makeDefault: boolean;
}

export type AddCardOutcome =
  | { ok: true; card: SavedCardRecord }
  | { ok: false; field: "number" | "expiry"; message: string; declined?: boolean };

function parseExpiry(raw: string): { expMonth: number; expYear: number } | undefined {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(raw);
  if (!m) return undefined;
  const expMonth = Number(m[1]);
  const expYear = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  if (expMonth < 1 || expMonth > 12) return undefined;
  return { expMonth, expYear };
}

/**
 * Saves a card for the customer after the checks a card issuer's tokenisation would make: a
 * well-formed number (Luhn), an expiry in the future (sandbox clock) and the sandbox bank's answer
 * (the checkout's test cards: one is approved, one declined, any other number unknown).
 */
export function addCard(ctx: SandboxContext, customerId: string, input: NewCardInput): AddCardOutcome {
  const digits = normaliseCardNumber(input.number);
  if (!digits) return { ok: false, field: "number", message: "Enter the card number." };
  if (!/^\d+$/.test(digits)) return { ok: false, field: "number", message: "A card number has digits only." };
  if (!passesLuhn(digits)) return { ok: false, field: "number", message: "That card number is not valid: check it for a typing mistake." };
  const expiry = parseExpiry(input.expiry);
  if (!input.expiry.trim()) return { ok: false, field: "expiry", message: "Enter the expiry date as MM/YY." };
  if (!expiry) return { ok: false, field: "expiry", message: "Enter the expiry date as MM/YY, for example 04/29." };
  if (isExpired(ctx, expiry)) return { ok: false, field: "expiry", message: "This card has expired: use a card with a later expiry date." };
  if (expiry.expYear > currentMonth(ctx).year + 20)
    return { ok: false, field: "expiry", message: "That expiry date is too far ahead: check it." };
  if (digits === DECLINE_CARD) {
    return {
      ok: false,
      field: "number",
      declined: true,
      message: "Your bank declined this card, so it was not saved. Try another card.",
    };
  }
  if (digits !== SUCCESS_CARD) {
    return {
      ok: false,
      field: "number",
      message: "That card number is not recognised in the sandbox. Use 4242 4242 4242 4242 (approved) or 4000 0000 0000 0002 (declined).",
    };
  }
  const existing = cardsOfCustomer(ctx, customerId);
  const last4 = digits.slice(-4);
  const brand = cardBrand(digits);
  if (existing.some((c) => c.brand === brand && c.last4 === last4 && c.expMonth === expiry.expMonth && c.expYear === expiry.expYear)) {
    return { ok: false, field: "number", message: `${brand} ending ${last4} with this expiry date is already saved.` };
  }
  const isDefault = input.makeDefault || existing.length === 0;
  if (isDefault) for (const c of existing) c.isDefault = false;
  const card: SavedCardRecord = {
    id: `card_${randomBytes(12).toString("hex")}`,
    customerId,
    brand,
    last4,
    ...expiry,
    isDefault,
    createdAt: ctx.clock.nowIso(),
  };
  ctx.store.cards.set(card.id, card);
  return { ok: true, card };
}

export function makeDefault(ctx: SandboxContext, customerId: string, cardId: string): SavedCardRecord | undefined {
  const card = cardOfCustomer(ctx, customerId, cardId);
  if (!card) return undefined;
  for (const c of cardsOfCustomer(ctx, customerId)) c.isDefault = c.id === card.id;
  return card;
}

/** Deletes a card; when it was the default, the oldest remaining card becomes the default. */
export function deleteCard(ctx: SandboxContext, customerId: string, cardId: string): SavedCardRecord | undefined {
  const card = cardOfCustomer(ctx, customerId, cardId);
  if (!card) return undefined;
  ctx.store.cards.delete(card.id);
  if (card.isDefault) {
    const next = cardsOfCustomer(ctx, customerId)[0];
    if (next) next.isDefault = true;
  }
  return card;
}

export function describeCard(card: Pick<SavedCardRecord, "brand" | "last4">): string {
  return `${card.brand} ending ${card.last4}`;
}

export function expiryText(card: Pick<SavedCardRecord, "expMonth" | "expYear">): string {
  return `${String(card.expMonth).padStart(2, "0")}/${String(card.expYear % 100).padStart(2, "0")}`;
}
