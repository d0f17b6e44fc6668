import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { completePendingSignUp, signUp } from "@/lib/auth/sign-up";
import { getUserByEmail } from "@/lib/db/queries";
import { resetEnvCache } from "@/lib/env";
import { backends, openTestDatabase, type TestDatabase } from "../support/database";

// A real HTTP server as imin's customer-accounts endpoint.
let server: Server;
let answer: (res: ServerResponse) => void;
let posts = 0;
let counter = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.method === "POST") posts++;
      answer(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(process.env, {
    IMIN_API_KEY: "k".repeat(20),
    IMIN_BOOKING_API_URL: `${base}/api/v2`,
    IMIN_EVENTS_API_URL: `${base}/events-api/v2`,
    IMIN_CHECKOUT_URL: base,
    IMIN_WEBHOOK_API_KEY: "webhook-key",
    AUTH_SECRET: "s".repeat(40),
    IMIN_LOG: "silent",
  });
  resetEnvCache();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const created =
  (delayMs = 0) =>
  (res: ServerResponse) =>
    setTimeout(() => {
      const id = `cust${++counter}`;
      res.writeHead(201, { "content-type": "application/json" });
      res.end(JSON.stringify({ "@type": "CustomerAccount", "@id": `https://imin.example/customer-accounts/${id}`, identifier: id }));
    }, delayMs);

const details = (email: string) => ({ email, givenName: "Sam", familyName: "Lee", is13OrOver: true });

describe.each(backends)("sign-up on $name", ({ name }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(name);
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(() => {
    posts = 0;
  });

  test("a double submit creates one login and one imin account", async () => {
    answer = created(300);
    const email = `double-${name}@example.com`;
    const input = { details: details(email), password: "correct horse battery", existingUserWithPassword: checkCredentials };
    const [a, b] = await Promise.all([signUp(input), signUp(input)]);
    expect([a.status, b.status].sort()).toEqual(["created", "created"]);
    expect(posts).toBe(1);
    expect(await getUserByEmail(email)).toMatchObject({ status: "active", iminCustomerId: `cust${counter}` });
  });

  test("the same email with another password is taken", async () => {
    answer = created();
    const email = `taken-${name}@example.com`;
    await signUp({ details: details(email), password: "first password!", existingUserWithPassword: checkCredentials });
    const second = await signUp({ details: details(email), password: "other password!", existingUserWithPassword: checkCredentials });
    expect(second.status).toBe("email_taken");
    expect(posts).toBe(1);
  });

  test("when imin refuses the details, no login is kept", async () => {
    answer = (res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ "@type": "InvalidRequestError", description: "Invalid request: customer.telephone must be a telephone number." }),
      );
    };
    const email = `refused-${name}@example.com`;
    const result = await signUp({ details: details(email), password: "a good password", existingUserWithPassword: checkCredentials });
    expect(result.status).toBe("refused");
    expect(result.status === "refused" && result.error.description).toContain("telephone");
    expect(await getUserByEmail(email)).toBeUndefined();
  });

  test("when imin is down, the login is kept pending and completed later, once", async () => {
    answer = (res) => {
      res.writeHead(503);
      res.end();
    };
    const email = `pending-${name}@example.com`;
    const result = await signUp({ details: details(email), password: "a good password", existingUserWithPassword: checkCredentials });
    expect(result.status).toBe("pending");
    const pending = (await getUserByEmail(email))!;
    expect(pending.status).toBe("pending_imin");
    expect(await checkCredentials(email, "a good password")).toBeDefined();

    answer = created(200);
    posts = 0;
    const [x, y] = await Promise.all([
      completePendingSignUp(pending, { waitForOtherMs: 5000 }),
      completePendingSignUp(pending, { waitForOtherMs: 5000 }),
    ]);
    expect([x.status, y.status]).toEqual(["active", "active"]);
    expect(posts).toBe(1);
    expect((await getUserByEmail(email))?.status).toBe("active");
  });
});
