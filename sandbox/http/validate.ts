import type { Context } from "hono";
import type { z } from "zod";
import { iminError, invalidRequest } from "./errors";

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Raised by `readBody` when the body is over the limit; the app answers it with 413. */
class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body exceeds ${limit} bytes.`);
  }
}

type Issue = z.core.$ZodIssue;

/** zod 4 leaves `input` out of issues by default, so a missing field is recognised by its message. */
function isMissing(issue: Issue): boolean {
  return issue.code === "invalid_type" && /received undefined$/.test(issue.message);
}

/** For a union failure, the issues of the branch that got furthest (deepest path, fewest issues). */
function unionBranch(issue: Issue): Issue[] | undefined {
  if (issue.code !== "invalid_union" || !("errors" in issue) || !issue.errors?.length) return undefined;
  // A branch that only misses its own key (e.g. `rules`) explains less than one that found a bad value.
  const missing = isMissing;
  const score = (branch: Issue[]) =>
    Math.max(0, ...branch.map((i) => i.path.length)) * 100 - branch.length - 50 * branch.filter(missing).length;
  const best = [...issue.errors].sort((a, b) => score(b) - score(a))[0];
  if (!best.length) return undefined;
  return best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue);
}

function flatten(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    const branch = unionBranch(issue);
    return branch ? flatten(branch) : [issue];
  });
}

/** One issue in words, naming the field: "customer.email is required", "object.text: expected string…". */
function describeIssue(issue: Issue): string {
  const path = issue.path.map(String).join(".");
  if (isMissing(issue)) return `${path || "body"} is required`;
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Zod issues in words, each naming its field. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const issues = flatten(error.issues);
  const parts = issues.slice(0, limit).map(describeIssue);
  const more = issues.length > limit ? ` (and ${issues.length - limit} more)` : "";
  return `Invalid request: ${parts.join("; ")}${more}.`;
}

/** Reads the raw body text with a size limit (Content-Length checked first, then the real bytes). */
async function readBody(c: Context, limit: number): Promise<string> {
  const declared = Number(c.req.header("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  const buffer = await c.req.arrayBuffer();
  if (buffer.byteLength > limit) throw new BodyTooLargeError(limit);
  return new TextDecoder().decode(buffer);
}

/**
 * Parses a JSON body and validates it. Malformed JSON and schema failures answer 400
 * `InvalidRequestError`; an over-limit body answers 413.
 */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S, limit = 100 * 1024): Promise<Parsed<z.infer<S>>> {
  let text: string;
  try {
    text = await readBody(c, limit);
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      return { ok: false, response: iminError(c, 413, "RequestEntityTooLargeError", err.message) };
    }
    return { ok: false, response: invalidRequest(c, "The request body could not be read.") };
  }
  if (!text.trim()) return { ok: false, response: invalidRequest(c, "Invalid request: a JSON body is required.") };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, response: invalidRequest(c, "Invalid request: the body is not valid JSON.") };
  }
  const result = schema.safeParse(json);
  if (!result.success) return { ok: false, response: invalidRequest(c, describeIssues(result.error)) };
  return { ok: true, data: result.data };
}

/** Validates the query string (first value of each parameter, plus `name[]`-style keys as given). */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): Parsed<z.infer<S>> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) return { ok: false, response: invalidRequest(c, describeIssues(result.error)) };
  return { ok: true, data: result.data };
}
