import { describe, expect, test } from "vitest";
import { z } from "zod";
import { checkNewPassword, newPasswordSchema, refineNewPassword } from "@/lib/auth/password-policy";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-strength";

describe("password policy", () => {
  test("password12 is refused with a clear message", () => {
    const r = newPasswordSchema.safeParse("password12");
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual(["Use at least 12 characters for your password."]);
  });

  test("at least 12 characters", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(checkNewPassword("kx9#Lq2!vT0").ok).toBe(false); // 11, random
    expect(checkNewPassword("kx9#Lq2!vT0z").ok).toBe(true); // 12, random
  });

  test.each(["password1234", "123456789012", "qwertyuiopasdf", "iloveyou1234", "passwordpassword", "aaaaaaaaaaaaaaaa", "abcdefghijklmn"])(
    "common or patterned %s is refused",
    (p) => {
      const v = checkNewPassword(p);
      expect(v.ok).toBe(false);
      expect(v.message).toMatch(/common password|too easy to guess/);
    },
  );

  test("a whole entry of the breached-password list is refused even when zxcvbn would score it higher", () => {
    // 12+ characters and in the common list.
    const v = checkNewPassword("123456789012");
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/list of common passwords/);
  });

  test.each(["correct horse battery staple", "bright-otter-kettle-47", "Tr0ub4dor&3xyz"])("strong %s is accepted", (p) => {
    expect(newPasswordSchema.safeParse(p).success).toBe(true);
  });

  test("more than 200 characters is refused", () => {
    expect(newPasswordSchema.safeParse("a".repeat(201)).success).toBe(false);
  });

  test("the person's own email and name count as guessable", () => {
    const schema = z.object({ email: z.string(), givenName: z.string(), password: z.string() }).superRefine((v, ctx) => {
      refineNewPassword(ctx, v.password, [v.email, v.givenName]);
    });
    const r = schema.safeParse({ email: "ridley.quentin@example.com", givenName: "Ridley", password: "ridleyquentin" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["password"]);
    expect(schema.safeParse({ email: "a@example.com", givenName: "A", password: "bright-otter-kettle-47" }).success).toBe(true);
  });
});
