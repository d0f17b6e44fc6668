import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getCreateOperation } from "@/lib/accounts/create-store";
import { signUp } from "@/lib/accounts/sign-up";
import { sendSignUpMail } from "@/lib/accounts/sign-up-mail";
import { getUserByEmail } from "@/lib/accounts/store";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { backends, withTestDatabase } from "../support/database";
import { mailingTo, withSandboxAsImin } from "../support/sandbox";

// The real sandbox (imin and its SMTP catcher) and a real database.
const sb = withSandboxAsImin({ smtpPort: 0, quiet: true }, mailingTo("http://localhost:3999"));
let counter = 0;

const nonce = () => randomBytes(16).toString("base64url");
const email = () => `first-${Date.now().toString(36)}-${++counter}@example.com`;
const OWNER = "correct horse battery staple";
const STRANGER = "a passphrase only the stranger knows";

async function newestLink(address: string) {
  const { body } = await sb.apiJson<{ items: { text: string }[] }>(`/admin/mail?to=${encodeURIComponent(address)}`);
  const url = body.items[0]?.text.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname === "/verify-email");
  expect(url, "a /verify-email link").toBeTruthy();
  return new URL(url!).searchParams.get("token")!;
}

async function signUpAndMail(address: string, password: string, givenName: string) {
  const outcome = await signUp({
    details: { email: address, givenName, familyName: "Lee", is13OrOver: true },
    password,
    nonce: nonce(),
    ip: `198.51.100.${(counter % 200) + 1}`,
  });
  if ("mail" in outcome) await sendSignUpMail(outcome);
}

describe.each(backends)("an unconfirmed sign-up on $name", ({ name }) => {
  withTestDatabase(name);

  test("a second sign-up for an unconfirmed address leaves the first one's password and details working", async () => {
    const address = email();
    await signUpAndMail(address, OWNER, "Sam");
    await signUpAndMail(address, STRANGER, "Mallory");
    const user = (await getUserByEmail(address))!;
    expect(user.givenName).toBe("Sam");
    expect((await getCreateOperation(user.id))!.payload).toMatchObject({ givenName: "Sam" });

    const token = await newestLink(address);
    expect(await verifyEmail({ token, password: STRANGER, ip: "192.0.2.60" })).toEqual({ status: "refused", reason: "invalid" });
    expect(await verifyEmail({ token, password: OWNER, ip: "192.0.2.61" })).toEqual({ status: "verified", account: { status: "active" } });
    const customers = [...sb.ctx.store.customers.values()].filter((c) => c.email === address);
    expect(customers.map((c) => c.givenName)).toEqual(["Sam"]);
  });

  test("once the first sign-up has expired, a new one takes its place", async () => {
    const address = email();
    await signUpAndMail(address, STRANGER, "Mallory");
    const user = (await getUserByEmail(address))!;
    // The first sign-up was made 25 hours ago: its link (24 hours) and its hold are over.
    await (await getDb())
      .update(users)
      .set({ updatedAt: new Date(Date.now() - 25 * 3_600_000) })
      .where(eq(users.id, user.id));
    await signUpAndMail(address, OWNER, "Sam");
    expect((await getUserByEmail(address))!.givenName).toBe("Sam");
    expect((await getCreateOperation(user.id))!.payload).toMatchObject({ givenName: "Sam" });
  });
});
