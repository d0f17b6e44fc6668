import { randomBytes } from "node:crypto";
import { describe, expect, test, vi } from "vitest";
import { signUp } from "@/lib/accounts/sign-up";
import { sendSignUpMail } from "@/lib/accounts/sign-up-mail";
import { hashPassword } from "@/lib/auth/password";
import { backends, withTestDatabase } from "../support/database";
import { mailingTo, withSandboxAsImin } from "../support/sandbox";

// Counts the argon2 hashes a sign-up costs.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});

// The real sandbox's SMTP catcher holds what was mailed.
const sb = withSandboxAsImin({ smtpPort: 0, quiet: true }, mailingTo("http://localhost:3999"));
let counter = 0;

const nonce = () => randomBytes(16).toString("base64url");
const email = () => `limits-${Date.now().toString(36)}-${++counter}@example.com`;
const PASSWORD = "correct horse battery staple";
const hashes = () => vi.mocked(hashPassword).mock.calls.length;

async function mailTo(address: string) {
  const { body } = await sb.apiJson<{ items: { subject: string; text: string }[] }>(`/admin/mail?to=${encodeURIComponent(address)}`);
  return body.items;
}

async function signUpAndMail(address: string, ip: string, givenName = "Sam") {
  const outcome = await signUp({
    details: { email: address, givenName, familyName: "Lee", is13OrOver: true },
    password: PASSWORD,
    nonce: nonce(),
    ip,
  });
  if ("mail" in outcome) await sendSignUpMail(outcome);
  return outcome;
}

describe.each(backends)("sign-up limits on $name", ({ name }) => {
  withTestDatabase(name);

  test("repeated sign-ups for one unconfirmed address mail no more verification links than the resend form allows", async () => {
    const address = email();
    for (let i = 0; i < 8; i++) await signUpAndMail(address, `198.51.100.${i + 1}`);
    // The resend form's limit: a minute apart, four an hour. Eight submits within seconds: one mail.
    expect(await mailTo(address)).toHaveLength(1);
  });

  test("sign-ups from one client address stop at the hourly limit, refused before any password is hashed", async () => {
    const ip = `203.0.113.${name === "pglite" ? 7 : 8}`;
    const submit = (address: string, from = ip) =>
      signUp({
        details: { email: address, givenName: "Sam", familyName: "Lee", is13OrOver: true },
        password: PASSWORD,
        nonce: nonce(),
        ip: from,
      });
    let accepted = 0;
    while (!("refused" in (await submit(email())))) accepted++;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(100);
    const before = hashes();
    expect(await submit(email())).toEqual({ refused: "client" });
    expect(hashes()).toBe(before);
    // Another client address is not affected.
    expect("refused" in (await submit(email(), "203.0.113.99"))).toBe(false);
  }, 120_000);

  test("submits past the per-address limit are answered as any other and cost no hash", async () => {
    const address = email();
    for (let i = 0; i < 5; i++) await signUpAndMail(address, `192.0.2.${100 + i}`);
    const before = hashes();
    expect(await signUpAndMail(address, "192.0.2.120")).toEqual({ mail: "none" });
    expect(hashes()).toBe(before);
  });

  test("the verification mail to an unconfirmed address does not carry the name typed at sign-up", async () => {
    const address = email();
    await signUpAndMail(address, "192.0.2.150", "URGENT account locked call 0800");
    const [mail] = await mailTo(address);
    expect(mail!.text).not.toMatch(/URGENT|0800/);
    expect(mail!.text).toMatch(/Hello,/);
  });
});
