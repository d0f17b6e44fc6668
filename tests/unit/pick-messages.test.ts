import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { pickMessages } from "@/lib/i18n/client-namespaces";

describe("pickMessages: the catalogue parts a client provider sends", () => {
  it("keeps the named parts nested as in the catalogue and nothing else", () => {
    const picked = pickMessages(en, ["common", "auth.signIn", "auth.email", "auth.checkEmail.resend"]);
    expect(Object.keys(picked).sort()).toEqual(["auth", "common"]);
    expect(picked.common).toBe(en.common);
    expect(Object.keys(picked.auth as object).sort()).toEqual(["checkEmail", "email", "signIn"]);
    expect((picked.auth as { signIn: unknown }).signIn).toBe(en.auth.signIn);
    expect((picked.auth as { checkEmail: object }).checkEmail).toEqual({ resend: en.auth.checkEmail.resend });
  });

  it("leaves out paths the catalogue lacks", () => {
    expect(pickMessages(en, ["auth.noSuchPart", "noSuchNamespace"])).toEqual({});
  });

  it("sends a sign-in page far less than the whole auth namespace", () => {
    const size = (v: unknown) => JSON.stringify(v).length;
    expect(size(pickMessages(en, ["auth.signIn", "auth.email", "auth.errors"]))).toBeLessThan(size(en.auth) / 3);
  });
});
