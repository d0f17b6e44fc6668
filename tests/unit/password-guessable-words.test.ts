import { beforeAll, describe, expect, test } from "vitest";
import { signUpSchema } from "@/app/(auth)/schemas";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { changePasswordSchema } from "@/app/(app)/account/schema";
import { checkNewPassword } from "@/lib/auth/password-policy";
import { resetEnvCache } from "@/lib/env";

// brands/default.json is the Acme Fitness brand.
beforeAll(() => {
  Object.assign(process.env, {
    IMIN_API_KEY: "k".repeat(20),
    IMIN_CHECKOUT_URL: "http://127.0.0.1:9",
    IMIN_WEBHOOK_API_KEY: "webhook-key",
    AUTH_SECRET: "s".repeat(40),
    BROKER_CONFIG: "brands/default.json",
  });
  resetEnvCache();
});

const signUp = (password: string) =>
  signUpSchema.safeParse({
    givenName: "Ridley",
    familyName: "Quentin",
    email: "ridley.quentin@example.com",
    password,
    telephone: "",
    birthDate: "",
    is13OrOver: "on",
    nonce: "abcdefghijklmnopqrstuv",
  });
const passwordIssues = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }, field: string) =>
  r.error?.issues.filter((i) => i.path[0] === field) ?? [];

describe("guessable words in a new password", () => {
  test("a password built from the broker's name fails on the sign-up, reset and change-password forms", async () => {
    expect(passwordIssues(signUp("acmefitness2026"), "password")).toHaveLength(1);
    expect(
      passwordIssues(changePasswordSchema.safeParse({ currentPassword: "whatever it was", newPassword: "acmefitness2026" }), "newPassword"),
    ).toHaveLength(1);
    const form = new FormData();
    form.set("token", "t".repeat(43));
    form.set("password", "acmefitness2026");
    const state = await resetPasswordAction({ status: "idle" } as never, form);
    expect(state.fieldErrors?.password).toHaveLength(1);
  });

  test("a password built from the person's own names and email, with a year on the end, fails on sign-up", () => {
    expect(passwordIssues(signUp("ridleyquentin2026"), "password")).toHaveLength(1);
    expect(passwordIssues(signUp("quentinexampleridley1"), "password")).toHaveLength(1);
  });

  test("unrelated words still pass, even next to a guessable one", () => {
    expect(signUp("bright-otter-kettle-47").success).toBe(true);
    expect(signUp("acme bright otter kettle harbour").success).toBe(true);
    expect(checkNewPassword("correct horse battery staple", ["Acme Fitness", "ridley.quentin@example.com"]).ok).toBe(true);
  });
});
