/** A JSON response as imin sends it: UTF-8 declared in the content type. */
export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { "content-type": "application/json; charset=utf-8" } });
}
