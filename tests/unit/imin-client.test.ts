import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { IminError } from "@/lib/imin/errors";
import { iminBinary, iminRequest } from "@/lib/imin/http";
import { createCustomerAccount, getCustomerAccount, updateCustomerDetails } from "@/lib/imin/customers";
import { customerAccount } from "@/lib/imin/schemas";

// A real HTTP server standing in for imin; each test sets how it answers.
type Handler = (req: IncomingMessage & { body: string }, res: ServerResponse) => void;
let handler: Handler;
let server: Server;
let base: string;
const calls: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[] = [];
const KEY = "unit-test-secret-key-123";

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      calls.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      handler(Object.assign(req, { body }), res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(process.env, {
    IMIN_API_KEY: KEY,
    IMIN_BOOKING_API_URL: `${base}/api/v2`,
    IMIN_EVENTS_API_URL: `${base}/events-api/v2`,
    IMIN_CHECKOUT_URL: base,
    IMIN_WEBHOOK_API_KEY: "unit-webhook-key",
    AUTH_SECRET: "x".repeat(40),
    IMIN_TIMEOUT_MS: "2000",
    IMIN_LOG: "silent",
  });
  resetEnvCache();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

afterEach(() => {
  calls.length = 0;
  vi.restoreAllMocks();
});

const json = (status: number, body: unknown) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
};

async function caught(p: Promise<unknown>): Promise<IminError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(IminError);
    return e as IminError;
  }
  throw new Error("expected an IminError");
}

describe("tolerant parsing", () => {
  test("@type/@id spelling, stray whitespace, unknown fields, X-API-KEY sent", async () => {
    handler = json(200, {
      "@context": "https://openactive.io/",
      "@type": "CustomerAccount",
      "@id": `${base}/api/v2/customer-accounts/abc`,
      identifier: " abc ",
      somethingNew: { nested: true },
      customer: { "@type": "Person", givenName: " Geoff", familyName: "Capes ", email: "g@example.com", futureField: 1 },
      accessPass: { "@type": "Barcode", text: "ABC123" },
    });
    const profile = await getCustomerAccount("abc");
    expect(calls[0]!.headers["x-api-key"]).toBe(KEY);
    expect(calls[0]!.url).toBe("/api/v2/customer-accounts/abc");
    expect(profile.identifier).toBe("abc");
    expect(profile.url).toBe(`${base}/api/v2/customer-accounts/abc`);
    expect(profile.details.givenName).toBe("Geoff");
    expect(profile.details.familyName).toBe("Capes");
    expect(profile.accessPass).toBe("ABC123");
    expect(profile).not.toHaveProperty("somethingNew");
  });

  test("type/id spelling and missing optional fields", async () => {
    handler = json(200, { type: "CustomerAccount", id: "x", identifier: 42 });
    const profile = await getCustomerAccount("42");
    expect(profile.identifier).toBe("42");
    expect(profile.details.email).toBeUndefined();
    expect(profile.details.address).toBeUndefined();
    expect(profile.entitlement).toBeUndefined();
    expect(profile.accessPass).toBeUndefined();
  });

  test("a malformed optional field is treated as absent; nulls are absent", async () => {
    handler = json(200, {
      identifier: "abc",
      customer: { email: "a@b.c", address: "not an object", telephone: null },
      entitlement: { expires: 12 },
      accessPass: { text: "" },
    });
    const profile = await getCustomerAccount("abc");
    expect(profile.details.email).toBe("a@b.c");
    expect(profile.details.address).toBeUndefined();
    expect(profile.details.telephone).toBeUndefined();
    expect(profile.accessPass).toBeUndefined();
  });

  test("malformed JSON and schema mismatch are invalid_response", async () => {
    handler = json(200, '{"identifier": "abc"');
    expect((await caught(getCustomerAccount("abc"))).kind).toBe("invalid_response");
    handler = json(200, { customer: {} });
    const e = await caught(iminRequest({ service: "booking", path: "customer-accounts/abc", schema: customerAccount }));
    expect(e.kind).toBe("invalid_response");
    expect(e.customerMessage).not.toContain(KEY);
  });
});

describe("error bodies", () => {
  test("OpenActive description, status and type become a typed error", async () => {
    handler = json(404, { "@context": "https://openactive.io/", "@type": "NotFoundError", description: "No such customer." });
    const e = await caught(getCustomerAccount("nope"));
    expect(e).toMatchObject({ kind: "not_found", status: 404, iminType: "NotFoundError", description: "No such customer." });
  });

  test("imin's `name` message is read when there is no description; refusals are shown to the customer", async () => {
    handler = json(400, { type: "CancellationNotPermittedError", name: "The cancellation window has closed." });
    const e = await caught(iminRequest({ service: "booking", path: "orders/1", method: "PATCH", body: {} }));
    expect(e).toMatchObject({ kind: "refused", status: 400, iminType: "CancellationNotPermittedError" });
    expect(e.customerMessage).toBe("The cancellation window has closed.");
  });

  test("401, 409, 413 and a non-JSON 500", async () => {
    handler = json(401, { "@type": "InvalidAPITokenError", description: `bad key ${KEY}` });
    const unauthorized = await caught(getCustomerAccount("a"));
    expect(unauthorized.kind).toBe("unauthorized");
    expect(unauthorized.description).not.toContain(KEY);
    expect(unauthorized.customerMessage).not.toContain(KEY);
    handler = json(409, { "@type": "OrderAlreadyExistsError" });
    expect((await caught(iminRequest({ service: "checkout", path: "api/checkout-sessions", method: "POST", body: {} }))).kind).toBe(
      "conflict",
    );
    handler = json(413, "");
    expect((await caught(iminRequest({ service: "booking", path: "x", method: "POST", body: {} }))).kind).toBe("too_large");
    handler = (_req, res) => {
      res.writeHead(500, { "content-type": "text/html" });
      res.end("<h1>oops</h1>");
    };
    expect((await caught(iminRequest({ service: "booking", path: "x", method: "POST", body: {} }))).kind).toBe("unavailable");
  });

  test("URLs in imin's text never reach the customer (they may carry tokens)", async () => {
    handler = json(400, { "@type": "InvalidRequestError", description: "See https://imin.example/x?token=secret for help" });
    const e = await caught(iminRequest({ service: "booking", path: "x", method: "POST", body: {} }));
    expect(e.customerMessage).not.toContain("token=secret");
    expect(e.message).not.toContain("token=secret");
  });
});

describe("timeouts and retries", () => {
  test("a slow answer times out", async () => {
    handler = (_req, res) => setTimeout(() => json(200, { identifier: "a" })(_req, res), 600);
    const e = await caught(iminRequest({ service: "booking", path: "slow", timeoutMs: 100 }));
    expect(e.kind).toBe("timeout");
  });

  test("a hung GET is tried once more on a fresh connection and costs its read timeout plus 40%", async () => {
    Object.assign(process.env, { IMIN_READ_TIMEOUT_MS: "300" });
    resetEnvCache();
    try {
      let n = 0;
      handler = (req, res) => (++n === 1 ? undefined : json(200, { ok: 2 })(req, res));
      const started = performance.now();
      await expect(iminRequest({ service: "booking", path: "hang-once" })).resolves.toEqual({ ok: 2 });
      expect(performance.now() - started).toBeLessThan(1000);
      expect(calls.map((c) => c.headers.connection)).toEqual(["keep-alive", "close"]);

      calls.length = 0;
      handler = () => undefined;
      const hungAt = performance.now();
      expect((await caught(iminRequest({ service: "booking", path: "hang" }))).kind).toBe("timeout");
      const waited = performance.now() - hungAt;
      expect(waited).toBeGreaterThanOrEqual(400);
      expect(waited).toBeLessThan(900);
      expect(calls).toHaveLength(2);
    } finally {
      delete process.env.IMIN_READ_TIMEOUT_MS;
      resetEnvCache();
    }
  });

  test("writes keep the longer IMIN_TIMEOUT_MS and are not retried after a timeout", async () => {
    Object.assign(process.env, { IMIN_READ_TIMEOUT_MS: "100" });
    resetEnvCache();
    try {
      handler = (req, res) => setTimeout(() => json(201, { identifier: "w" })(req, res), 400);
      await expect(iminRequest({ service: "booking", path: "write", method: "POST", body: {} })).resolves.toEqual({ identifier: "w" });
      expect(calls).toHaveLength(1);
    } finally {
      delete process.env.IMIN_READ_TIMEOUT_MS;
      resetEnvCache();
    }
  });

  test("GET is retried on 500/502/503/504 and succeeds", async () => {
    let n = 0;
    handler = (req, res) => (++n < 3 ? json(n === 1 ? 500 : 502, {})(req, res) : json(200, { ok: true })(req, res));
    await expect(iminRequest({ service: "booking", path: "flaky" })).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(3);
  });

  test("GET gives up after two retries", async () => {
    handler = json(503, { "@type": "InternalApplicationError" });
    expect((await caught(iminRequest({ service: "booking", path: "down" }))).kind).toBe("unavailable");
    expect(calls).toHaveLength(3);
  });

  test("GET is retried on a dropped connection", async () => {
    let n = 0;
    handler = (req, res) => (++n === 1 ? req.socket.destroy() : json(200, { ok: 1 })(req, res));
    await expect(iminRequest({ service: "booking", path: "drop" })).resolves.toEqual({ ok: 1 });
    expect(calls).toHaveLength(2);
  });

  test("POST, PATCH and DELETE are never retried", async () => {
    handler = json(503, {});
    for (const method of ["POST", "PATCH", "DELETE"] as const) {
      calls.length = 0;
      expect((await caught(iminRequest({ service: "booking", path: "write", method, body: {} }))).kind).toBe("unavailable");
      expect(calls).toHaveLength(1);
    }
  });

  test("a 4xx GET is not retried", async () => {
    handler = json(404, {});
    await caught(iminRequest({ service: "booking", path: "missing" }));
    expect(calls).toHaveLength(1);
  });
});

describe("URLs, logging, bodies", () => {
  test("absolute URLs must lie under the configured base; the key goes nowhere else", async () => {
    handler = json(200, { ok: true });
    await expect(iminRequest({ service: "booking", path: `${base}/api/v2/receipts/1` })).resolves.toEqual({ ok: true });
    for (const bad of ["https://evil.example/api/v2/x", `${base}/other/x`, `${base}/api/v2extra`, `${base}/api/v2/../admin`]) {
      await caught(iminRequest({ service: "booking", path: bad }));
    }
    expect(calls).toHaveLength(1);
  });

  test("logs carry method, path, status and duration but never the key or query", async () => {
    process.env.IMIN_LOG = "";
    resetEnvCache();
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    handler = json(200, { ok: true });
    await iminRequest({ service: "booking", path: "customers/abc/accounts", query: { redirectUri: "https://portal/x?token=t0k" } });
    process.env.IMIN_LOG = "silent";
    resetEnvCache();
    const line = out.mock.calls.map((c) => String(c[0])).join("");
    // One JSON line with the call as fields; the endpoint template has no ids.
    const entry = line
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .find((e) => e.imin);
    expect(entry.msg).toMatch(/imin GET booking \/api\/v2\/customers\/abc\/accounts 200 \d+ms/);
    expect(entry.imin).toMatchObject({ method: "GET", api: "booking", endpoint: "/customers/:id/accounts", status: 200, attempt: 1 });
    expect(entry.level).toBe("info");
    expect(line).not.toContain(KEY);
    expect(line).not.toContain("t0k");
    expect(calls[0]!.url).toContain("redirectUri=");
  });

  test("expect: empty accepts a 202 with no body", async () => {
    handler = (_req, res) => {
      res.writeHead(202);
      res.end();
    };
    await expect(
      iminRequest({ service: "booking", path: "customer-accounts/a", method: "DELETE", expect: "empty" }),
    ).resolves.toBeUndefined();
  });

  test("binary downloads keep their content type and filename", async () => {
    handler = (_req, res) => {
      res.writeHead(200, { "content-type": "application/pdf", "content-disposition": 'attachment; filename="receipt-1.pdf"' });
      res.end(Buffer.from("%PDF-1.4"));
    };
    const file = await iminBinary({ service: "booking", path: "receipts/1" });
    expect(file.contentType).toBe("application/pdf");
    expect(file.filename).toBe("receipt-1.pdf");
    expect(Buffer.from(file.data).toString()).toBe("%PDF-1.4");
  });
});

describe("customer accounts", () => {
  test("create sends the nested CustomerAccount form and reads the identifier", async () => {
    handler = json(201, { "@type": "CustomerAccount", "@id": `${base}/api/v2/customer-accounts/new1`, identifier: "new1" });
    const created = await createCustomerAccount({ email: "a@b.c", givenName: "A", familyName: "B", telephone: "", is13OrOver: true });
    const body = JSON.parse(calls[0]!.body);
    expect(calls[0]!.method).toBe("POST");
    expect(body).toEqual({
      "@context": "https://openactive.io/",
      "@type": "CustomerAccount",
      customer: { "@type": "Person", email: "a@b.c", givenName: "A", familyName: "B", "imin:is13OrOver": true },
    });
    expect(created).toEqual({ identifier: "new1", url: `${base}/api/v2/customer-accounts/new1` });
  });

  test("create also reads the older flat answer", async () => {
    handler = json(201, { type: "Person", id: "u", identifier: "flat1", email: "a@b.c" });
    expect((await createCustomerAccount({ email: "a@b.c", givenName: "A", familyName: "B" })).identifier).toBe("flat1");
  });

  test("update names the linked sellers and reports each seller's error", async () => {
    handler = json(200, {
      "@type": "CustomerUpdateAction",
      actionStatus: "https://schema.org/CompletedActionStatus",
      object: { "@type": "Person", telephone: "0161 000" },
      error: [
        { "@type": "UpdateFailedError", name: "Seller A only accepts numbers starting 0.", seller: { "@id": "s1", name: "Seller A" } },
        { type: "UpdateFailedError", description: "Refused.", seller: { id: "s2", name: " Seller B " } },
      ],
    });
    const result = await updateCustomerDetails("abc", { telephone: "0161 000" }, ["s1", "s2"]);
    const body = JSON.parse(calls[0]!.body);
    expect(body["@type"]).toBe("CustomerUpdateAction");
    expect(body.seller).toEqual(["s1", "s2"]);
    expect(body.object).toEqual({ "@type": "Person", telephone: "0161 000" });
    expect(result.updated.telephone).toBe("0161 000");
    expect(result.sellerErrors).toEqual([
      { sellerId: "s1", sellerName: "Seller A", message: "Seller A only accepts numbers starting 0." },
      { sellerId: "s2", sellerName: "Seller B", message: "Refused." },
    ]);
  });
});
