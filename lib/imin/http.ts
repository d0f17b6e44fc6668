import "server-only";
import type { z } from "zod";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/observability/log";
import { metrics, statusClass } from "@/lib/observability/metrics";
import { markSpanFailed, type Span, startClientSpan } from "@/lib/observability/tracing";
import { endpointLabel } from "./endpoint-label";
import { IminError, kindForStatus, scrub } from "./errors";
import { errorBody, safeParseImin } from "./schemas";

type IminService = "booking" | "events" | "facilities" | "firehose" | "checkout";
type IminMethod = "GET" | "POST" | "PATCH" | "DELETE";

interface IminRequestOptions<S extends z.ZodType> {
  service: IminService;
  /** Relative to the service base, or an absolute URL that must start with that base. */
  path: string;
  method?: IminMethod;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  schema?: S;
  timeoutMs?: number;
  expect?: "json" | "empty";
}

const MAX_GET_RETRIES = 2;
// A GET changes nothing, so imin's own 500 is worth another try too.
const RETRY_STATUSES = new Set([500, 502, 503, 504]);
/**
 * A GET that timed out gets one more try on a fresh connection, with this share of its timeout on
 * top: a hung socket is rare and a healthy imin answers well within it, so a person waits about
 * 3.5 s at worst (2.5 s read timeout) instead of the 8 s a write may take.
 */
const RETRY_AFTER_TIMEOUT_SHARE = 0.4;

function serviceBase(service: IminService): string {
  const env = getEnv();
  if (service === "booking") return env.IMIN_BOOKING_API_URL;
  if (service === "events") return env.IMIN_EVENTS_API_URL;
  if (service === "facilities") return env.IMIN_FACILITIES_API_URL;
  if (service === "firehose") return env.IMIN_FIREHOSE_URL;
  return env.IMIN_CHECKOUT_URL;
}

/**
 * Builds the request URL. Absolute URLs (e.g. a receipt URL taken from an order) must lie under the
 * configured base: the API key is only ever sent to imin.
 */
function buildIminUrl(service: IminService, path: string, query?: Record<string, string | number | undefined>): URL {
  const base = serviceBase(service);
  let url: URL;
  if (/^https?:\/\//i.test(path)) {
    url = new URL(path);
    const baseUrl = new URL(base);
    const basePath = baseUrl.pathname.replace(/\/+$/, "");
    if (
      url.origin !== baseUrl.origin ||
      !(url.pathname === basePath || url.pathname.startsWith(`${basePath}/`)) ||
      url.pathname.split("/").includes("..")
    ) {
      throw new IminError({ kind: "invalid_response", description: "URL outside the configured imin service" });
    }
  } else {
    url = new URL(`${base}/${path.replace(/^\/+/, "")}`);
  }
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined) url.searchParams.set(k, String(v));
  }
  return url;
}

function endpointTemplate(service: IminService, url: URL): string {
  const basePath = new URL(serviceBase(service)).pathname.replace(/\/+$/, "");
  const rest = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
  return endpointLabel(rest);
}

interface Attempt {
  method: IminMethod;
  service: IminService;
  url: URL;
  endpoint: string;
  attempt: number;
  startedAt: number;
  span: Span;
}

function beginAttempt(method: IminMethod, service: IminService, url: URL, attempt: number): Attempt {
  const endpoint = endpointTemplate(service, url);
  const span = startClientSpan(`imin ${method} ${endpoint}`, {
    "imin.api": service,
    "imin.endpoint": endpoint,
    "imin.attempt": attempt + 1,
    "http.request.method": method,
  });
  return { method, service, url, endpoint, attempt, startedAt: performance.now(), span };
}

/** Ends one attempt: its span, its metrics and its log line (path only: query strings can carry tokens). */
function endAttempt(a: Attempt, status: number | "timeout" | "network-error") {
  const ms = performance.now() - a.startedAt;
  const outcome = typeof status === "number" ? statusClass(status) : status.replace("-", "_");
  const labels = { api: a.service, method: a.method, endpoint: a.endpoint, outcome };
  const m = metrics();
  m.iminRequests.inc({ ...labels, retry: a.attempt > 0 ? "true" : "false" });
  m.iminDuration.observe(labels, ms / 1000);
  if (typeof status === "number") a.span.setAttribute("http.response.status_code", status);
  a.span.setAttribute("imin.outcome", outcome);
  if (outcome !== "2xx") markSpanFailed(a.span, outcome);
  a.span.end();
  if (getEnv().IMIN_LOG === "silent") return;
  const fields = {
    imin: {
      method: a.method,
      api: a.service,
      endpoint: a.endpoint,
      path: a.url.pathname,
      status,
      attempt: a.attempt + 1,
      ms: Math.round(ms),
    },
  };
  const line = `imin ${a.method} ${a.service} ${a.url.pathname} ${status} ${Math.round(ms)}ms`;
  if (outcome === "2xx" || outcome === "3xx") log().info(fields, line);
  else log().warn(fields, line);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function backoff(attempt: number) {
  const base = 150 * 2 ** attempt;
  return base / 2 + Math.random() * base;
}

/**
 * Sends one request and returns the successful Response; non-2xx answers become IminError. GETs
 * (IMIN_READ_TIMEOUT_MS) are retried on network errors and 500/502/503/504, and once after a timeout;
 * writes (IMIN_TIMEOUT_MS) never, as imin may have acted on them.
 */
async function send(opts: {
  service: IminService;
  path: string;
  method: IminMethod;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  timeoutMs?: number;
  accept: string;
}): Promise<{ response: Response; url: URL; timer: () => void }> {
  const env = getEnv();
  const url = buildIminUrl(opts.service, opts.path, opts.query);
  const read = opts.method === "GET";
  const timeoutMs = opts.timeoutMs ?? (read ? env.IMIN_READ_TIMEOUT_MS : env.IMIN_TIMEOUT_MS);
  const retries = read ? MAX_GET_RETRIES : 0;
  // Every try of a GET, retries included, ends by this deadline.
  const deadline = performance.now() + timeoutMs + (read ? Math.ceil(timeoutMs * RETRY_AFTER_TIMEOUT_SHARE) : 0);
  let timedOut = false;

  for (let attempt = 0; ; attempt++) {
    const startedAt = performance.now();
    const current = beginAttempt(opts.method, opts.service, url, attempt);
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), Math.max(1, Math.min(timeoutMs, deadline - startedAt)));
    let response: Response;
    try {
      response = await fetch(url, {
        method: opts.method,
        headers: {
          "X-API-KEY": env.IMIN_API_KEY,
          Accept: opts.accept,
          ...(opts.body !== undefined ? { "Content-Type": "application/json" } : {}),
          // After a timeout the pooled socket may be the stuck one: ask for a connection of its own.
          ...(timedOut ? { Connection: "close" } : {}),
        },
        body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
        signal: controller.signal,
        cache: "no-store",
        redirect: "manual",
      });
    } catch (cause) {
      clearTimeout(timeout);
      if (controller.signal.aborted) {
        endAttempt(current, "timeout");
        if (read && !timedOut && deadline - performance.now() > 0) {
          timedOut = true;
          continue;
        }
        throw new IminError({ kind: "timeout", cause: scrubCause(cause) });
      }
      endAttempt(current, "network-error");
      if (attempt < retries && deadline - performance.now() > 0) {
        await sleep(backoff(attempt));
        continue;
      }
      throw new IminError({ kind: "unavailable", cause: scrubCause(cause) });
    }

    if (response.ok) {
      // The timer keeps running while the caller reads the body.
      return {
        response,
        url,
        timer: () => {
          clearTimeout(timeout);
          endAttempt(current, response.status);
        },
      };
    }

    let text = "";
    try {
      text = await response.text();
    } catch {
      // a body that cannot be read is treated as no body
    }
    clearTimeout(timeout);
    endAttempt(current, response.status);
    if (RETRY_STATUSES.has(response.status) && attempt < retries && deadline - performance.now() > 0) {
      await sleep(backoff(attempt));
      continue;
    }
    throw errorFromResponse(response.status, text);
  }
}

/** The message scrubbed; the socket error code kept (ECONNREFUSED tells "never sent" from "answer lost"). */
function scrubCause(cause: unknown) {
  if (!(cause instanceof Error)) return undefined;
  const code = (cause.cause as { code?: unknown } | undefined)?.code;
  return Object.assign(new Error(scrub(cause.message)), typeof code === "string" ? { code } : {});
}

function errorFromResponse(status: number, text: string): IminError {
  let iminType: string | undefined;
  let description: string | undefined;
  if (text.trim()) {
    try {
      const parsed = safeParseImin(errorBody, JSON.parse(text));
      if (parsed.success) {
        iminType = parsed.data.type || undefined;
        description = parsed.data.description || parsed.data.name || undefined;
      }
    } catch {
      // not JSON: keep the status only
    }
  }
  return new IminError({ kind: kindForStatus(status, iminType), status, iminType, description });
}

async function readBody(response: Response, controllerDone: () => void): Promise<string> {
  try {
    return await response.text();
  } catch (cause) {
    throw new IminError({ kind: "timeout", cause: scrubCause(cause) });
  } finally {
    controllerDone();
  }
}

/**
 * The one way the portal talks to imin: a JSON request whose answer is parsed with a tolerant
 * schema. `expect: "empty"` is for 202/204 answers (body ignored).
 */
export async function iminRequest<S extends z.ZodType = z.ZodUnknown>(opts: IminRequestOptions<S>): Promise<z.infer<S>> {
  const method = opts.method ?? "GET";
  const { response, timer } = await send({ ...opts, method, accept: "application/ld+json, application/json" });
  const text = await readBody(response, timer);
  if (opts.expect === "empty") return undefined as z.infer<S>;

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new IminError({ kind: "invalid_response", status: response.status, description: "Malformed JSON" });
  }
  if (!opts.schema) return json as z.infer<S>;
  const parsed = safeParseImin(opts.schema, json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IminError({
      kind: "invalid_response",
      status: response.status,
      description: `Unexpected payload${issue ? ` at ${issue.path.join(".") || "(root)"}: ${issue.message}` : ""}`,
    });
  }
  return parsed.data as z.infer<S>;
}

export interface IminBinary {
  data: ArrayBuffer;
  contentType: string;
  /** imin's suggested filename, when it sends Content-Disposition. */
  filename?: string;
}

/** A binary download (receipts are PDFs). Same rules as iminRequest; GET only. */
export async function iminBinary(opts: {
  service: IminService;
  path: string;
  query?: Record<string, string | number | undefined>;
  timeoutMs?: number;
  accept?: string;
}): Promise<IminBinary> {
  const { response, timer } = await send({ ...opts, method: "GET", accept: opts.accept ?? "application/pdf" });
  let data: ArrayBuffer;
  try {
    data = await response.arrayBuffer();
  } catch (cause) {
    throw new IminError({ kind: "timeout", cause: scrubCause(cause) });
  } finally {
    timer();
  }
  const disposition = response.headers.get("content-disposition") ?? "";
  const filename = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
  return {
    data,
    contentType: response.headers.get("content-type") ?? "application/octet-stream",
    filename: filename ? decodeURIComponent(filename) : undefined,
  };
}
