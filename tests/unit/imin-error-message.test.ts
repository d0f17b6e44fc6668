import { describe, expect, test } from "vitest";
import { iminErrorMessage } from "@/lib/i18n/imin-error-message";
import { IminError } from "@/lib/imin/errors";
import cy from "@/messages/cy.json";
import en from "@/messages/en.json";

const lookup = (tree: unknown, key: string) => key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], tree);

describe("an imin failure in a form's answer", () => {
  test("is a key of the browser's own catalogue namespace, in the English of lib/imin/errors.ts and in Welsh", () => {
    for (const kind of ["unavailable", "timeout", "not_found", "conflict", "invalid_response", "unauthorized"] as const) {
      const error = new IminError({ kind, status: 503 });
      const key = iminErrorMessage(error);
      expect(key).toMatch(/^errors\.imin\./);
      expect(lookup(en, key)).toBe(error.customerMessage);
      expect(lookup(cy, key)).toEqual(expect.any(String));
      expect(lookup(cy, key)).not.toBe(error.customerMessage);
    }
  });

  test("a refusal imin explained stays in imin's words, as sent", () => {
    const error = new IminError({ kind: "refused", status: 409, description: "Your membership has lapsed." });
    expect(iminErrorMessage(error)).toBe(error.customerMessage);
    expect(iminErrorMessage(error)).toContain("Your membership has lapsed.");
  });
});
