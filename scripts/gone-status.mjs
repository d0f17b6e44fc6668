/**
 * 410 Gone for the public session page of a session that is cancelled or no longer listed.
 *
 * Next.js lets a page answer 404 (notFound(), 403, 401) but no other error status, and a proxy can
 * only answer 410 with a body of its own, without the page's frame. The session page answers a
 * cancelled or unknown session with notFound() (its not-found.tsx says so and links back to the
 * timetable; no loading boundary above it, so the status is not already sent as 200); this turns
 * that 404 into 410 for the document request of exactly `/book/{sessionId}`, so search engines
 * drop the URL at once. Any other path, and Next.js's router requests, are left as they are.
 */

const SESSION_PAGE = /^\/book\/(?!slot$)[^/?#]+\/?(?:\?.*)?$/;

/** Whether this request is the session page's own HTML (not a prefetch or client-router request). */
export function isSessionDocument(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (!SESSION_PAGE.test(req.url ?? "")) return false;
  return !req.headers.rsc && !req.headers["next-router-prefetch"] && !req.headers["next-action"];
}

/**
 * Wraps a Next.js request handler.
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>} handle
 */
export function withGoneStatus(handle) {
  return function handleWithGoneStatus(req, res) {
    if (isSessionDocument(req)) {
      const { writeHead } = res;
      res.writeHead = function (status, ...rest) {
        return writeHead.call(this, status === 404 ? 410 : status, ...rest);
      };
    }
    return handle(req, res);
  };
}
