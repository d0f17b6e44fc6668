import type { CustomerPart, SellerSnapshot, Snapshot } from "./snapshot";

type NoticeKind =
  | "seller-disconnected"
  | "access-pass-changed"
  | "details-changed"
  | "entitlement-removed"
  | "entitlements-changed"
  | "evidence-changed"
  | "entitlement-error";

export interface NoticeDraft {
  kind: NoticeKind;
  /** Stable for the same change seen from the same baseline: repeats collapse into one notice. */
  key: string;
  message: string;
}

const CUSTOMER_FIELDS: { field: keyof CustomerPart; words: string }[] = [
  { field: "givenName", words: "first name" },
  { field: "familyName", words: "last name" },
  { field: "email", words: "email address" },
  { field: "telephone", words: "phone number" },
];

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

function same(a: string | undefined, b: string | undefined): boolean {
  return (a ?? "").trim() === (b ?? "").trim();
}

function evidenceWords(status: string | undefined): string | undefined {
  switch (status) {
    case "potential":
      return "is waiting for your evidence";
    case "active":
      return "has received your evidence and is checking it";
    case "completed":
      return "was accepted";
    default:
      return undefined;
  }
}

/**
 * `ownPass` is the access pass on the customer's own imin account, which only this portal sets: a
 * seller taking it is the customer's own change coming back, however the webhook races the action.
 */
function diffSeller(id: string, before: SellerSnapshot, after: SellerSnapshot, ownPass: string | undefined): NoticeDraft[] {
  const out: NoticeDraft[] = [];
  const name = after.name || before.name;
  const tookOwnPass = Boolean(ownPass) && same(after.accessPass, ownPass);
  if (!same(before.accessPass, after.accessPass) && !tookOwnPass) {
    out.push({
      kind: "access-pass-changed",
      key: `access-pass:${id}:${after.accessPass ?? ""}`,
      message: after.accessPass
        ? `${name} changed your access pass. Your card number there is now ${after.accessPass}.`
        : `${name} removed your access pass.`,
    });
  }
  if (!same(before.email, after.email)) {
    out.push({
      kind: "details-changed",
      key: `details:${id}:${after.email ?? ""}`,
      message: after.email
        ? `${name} updated your details: the email address it holds for you is now ${after.email}.`
        : `${name} updated the details it holds for you.`,
    });
  } else if (!same(before.emailModified, after.emailModified)) {
    out.push({
      kind: "details-changed",
      key: `details:${id}:${after.emailModified ?? ""}`,
      message: `${name} updated the details it holds for you.`,
    });
  }
  if (before.hiddenEntitlements !== after.hiddenEntitlements) {
    out.push({
      kind: "entitlements-changed",
      key: `hidden:${id}:${after.hiddenEntitlements}`,
      message: `${name} changed entitlements on your account that it doesn't show here. Contact ${name} if you have questions about your discounts.`,
    });
  }
  const afterByKey = new Map(after.entitlements.map((e) => [e.key, e]));
  for (const old of before.entitlements) {
    const now = afterByKey.get(old.key);
    if (old.status === "failed") continue;
    if (!now || now.status === "failed") {
      out.push({
        kind: "entitlement-removed",
        key: `entitlement-removed:${id}:${old.key}`,
        message:
          now?.status === "failed"
            ? `${name} did not accept your evidence, so your ${old.label} entitlement has been removed.`
            : `${name} removed your ${old.label} entitlement.`,
      });
    } else if (now.status !== old.status) {
      const words = evidenceWords(now.status);
      if (words) {
        out.push({
          kind: "evidence-changed",
          key: `evidence:${id}:${old.key}:${now.status}`,
          message: `${name}: your evidence request for ${now.label} ${words}.`,
        });
      }
    }
  }
  const beforeKeys = new Set(before.entitlements.map((e) => e.key));
  for (const added of after.entitlements) {
    if (beforeKeys.has(added.key)) continue;
    const words = evidenceWords(added.status);
    out.push({
      kind: "evidence-changed",
      key: `evidence:${id}:${added.key}:${added.status ?? ""}`,
      message: words
        ? `${name}: your evidence request for ${added.label} ${words}.`
        : `${name} added the ${added.label} entitlement to your account.`,
    });
  }
  const oldErrors = new Set(before.entitlementErrors);
  for (const message of after.entitlementErrors) {
    if (oldErrors.has(message)) continue;
    out.push({
      kind: "entitlement-error",
      key: `entitlement-error:${id}:${message}`,
      message: `${name} could not apply an entitlement to your account: ${message}.`,
    });
  }
  return out;
}

/**
 * What changed between two views of a customer, in words for the customer. Only parts present on
 * both sides are compared; a newly linked seller is the customer's own doing and is not reported.
 */
export function diffSnapshots(before: Snapshot | undefined, after: Snapshot): NoticeDraft[] {
  if (!before) return [];
  const out: NoticeDraft[] = [];

  if (before.sellers && after.sellers) {
    for (const [id, old] of Object.entries(before.sellers)) {
      const now = after.sellers[id];
      if (!now) {
        out.push({
          kind: "seller-disconnected",
          key: `disconnected:${id}`,
          message: `Your ${old.name} account is no longer linked. Link it again from Your seller accounts if you still want it here.`,
        });
        continue;
      }
      out.push(...diffSeller(id, old, now, after.customer?.accessPass));
    }
  }

  if (before.customer && after.customer) {
    const b = before.customer;
    const a = after.customer;
    const changed = CUSTOMER_FIELDS.filter(({ field }) => !same(b[field], a[field])).map((f) => f.words);
    if (changed.length) {
      out.push({
        kind: "details-changed",
        key: `customer-details:${CUSTOMER_FIELDS.map(({ field }) => a[field] ?? "").join("|")}`,
        message: `Your ${listWords(changed)} ${changed.length > 1 ? "were" : "was"} updated by one of your sellers. Check your profile to see the new details.`,
      });
    }
    // The customer's own access pass in imin is only ever set by the broker (this portal): not news.
    if (b.entitlement && !same(b.entitlement, a.entitlement)) {
      out.push({
        kind: "entitlement-removed",
        key: `customer-entitlement:${b.entitlement}:${a.entitlement ?? ""}`,
        message: a.entitlement
          ? `Your ${b.entitlement} entitlement was replaced by ${a.entitlement}.`
          : `Your ${b.entitlement} entitlement was removed.`,
      });
    }
  }
  return out;
}
