import "server-only";
import { configuredSecrets } from "@/lib/env";

type IminErrorKind = "unauthorized" | "not_found" | "refused" | "conflict" | "too_large" | "unavailable" | "timeout" | "invalid_response";

const customerMessages: Record<IminErrorKind, string> = {
  unauthorized: "The booking service did not accept our request. Please try again later.",
  not_found: "We couldn't find that. It may have been removed.",
  refused: "The booking service could not accept that request.",
  conflict: "That has already been done.",
  too_large: "That request was too large for the booking service.",
  unavailable: "The booking service is not available right now. Please try again in a few minutes.",
  timeout: "The booking service took too long to answer. Please try again in a few minutes.",
  invalid_response: "The booking service sent an answer we couldn't read. Please try again later.",
};

/** HTTP status a route handler should answer with when it passes an IminError on. */
const httpStatus: Record<IminErrorKind, number> = {
  unauthorized: 502,
  not_found: 404,
  refused: 400,
  conflict: 409,
  too_large: 413,
  unavailable: 503,
  timeout: 504,
  invalid_response: 502,
};

/**
 * One error type for everything that can go wrong talking to imin. `description` is imin's own
 * message (OpenActive `description`, or `name` for some imin errors); `customerMessage` is plain
 * words safe to show. Neither ever contains the API key or a URL (URLs may carry tokens).
 */
export class IminError extends Error {
  readonly kind: IminErrorKind;
  readonly status?: number;
  readonly iminType?: string;
  readonly description?: string;
  readonly customerMessage: string;

  constructor(opts: {
    kind: IminErrorKind;
    status?: number;
    iminType?: string;
    description?: string;
    customerMessage?: string;
    cause?: unknown;
  }) {
    const description = opts.description ? scrub(opts.description) : undefined;
    super(
      `imin ${opts.kind}${opts.status ? ` (${opts.status})` : ""}${opts.iminType ? ` ${opts.iminType}` : ""}${
        description ? `: ${description}` : ""
      }`,
      { cause: opts.cause },
    );
    this.name = "IminError";
    this.kind = opts.kind;
    this.status = opts.status;
    this.iminType = opts.iminType;
    this.description = description;
    this.customerMessage = scrub(
      opts.customerMessage ??
        // imin's refusal descriptions are written for the customer (e.g. CancellationNotPermittedError).
        (opts.kind === "refused" && description ? description : customerMessages[opts.kind]),
    );
  }

  /** The status a route handler should answer with. */
  get httpStatus(): number {
    return httpStatus[this.kind];
  }

  toResponse(): Response {
    return Response.json({ error: this.kind, message: this.customerMessage }, { status: this.httpStatus });
  }
}

export function kindForStatus(status: number, iminType?: string): IminErrorKind {
  if (status === 401 || status === 403) return "unauthorized";
  if (status === 404 || status === 410) return "not_found";
  if (status === 409 || iminType === "OrderAlreadyExistsError") return "conflict";
  if (status === 413) return "too_large";
  if (status === 408 || status === 504) return "timeout";
  if (status >= 400 && status < 500) return "refused";
  return "unavailable";
}

/** Remove anything that looks like a URL or a long token from text that may be shown or logged. */
export function scrub(text: string): string {
  let out = text.replace(/https?:\/\/\S+/gi, "[link]");
  for (const secret of configuredSecrets()) out = out.split(secret).join("[redacted]");
  return out.trim().slice(0, 500);
}

/** What `read` gives, or imin's words for the customer when it failed talking to imin (anything else is thrown). */
export async function orIminMessage<T>(read: Promise<T>): Promise<{ value?: T; message?: string }> {
  try {
    return { value: await read };
  } catch (e) {
    if (!(e instanceof IminError)) throw e;
    return { message: e.customerMessage };
  }
}
