import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export const OA_CONTEXT = "https://openactive.io/";

export interface OpenActiveError {
  "@context": string;
  "@type": string;
  description: string;
}

export function errorBody(type: string, description: string): OpenActiveError {
  return { "@context": OA_CONTEXT, "@type": type, description };
}

/** An OpenActive error response: `{"@context","@type","description"}` with the given status. */
export function iminError(c: Context, status: ContentfulStatusCode, type: string, description: string): Response {
  return c.json(errorBody(type, description), status);
}

export function invalidRequest(c: Context, description: string): Response {
  return iminError(c, 400, "InvalidRequestError", description);
}

export function notFound(c: Context, description = "The requested resource was not found."): Response {
  return iminError(c, 404, "NotFoundError", description);
}

export function unauthorized(c: Context): Response {
  return iminError(c, 401, "InvalidAPITokenError", "The X-API-KEY header is missing or not valid for this API.");
}

export function internalError(c: Context, description = "An internal error occurred."): Response {
  return iminError(c, 500, "InternalApplicationError", description);
}
