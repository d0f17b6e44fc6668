import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Answers outside 2xx (a page that redirects to /sign-in is not the page). */
  non2xx: number;
  errors: number;
}

/** `connections` concurrent clients on one URL for `seconds`, as autocannon measures it. */
export async function load(url: string, opts: { headers?: Record<string, string>; connections?: number; seconds?: number } = {}) {
  const result = await autocannon({
    url,
    connections: opts.connections ?? 20,
    duration: opts.seconds ?? 10,
    headers: opts.headers,
    // A loaded machine answers slowly; a page is not lost until 30 s have passed.
    timeout: 30,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  } satisfies LoadResult;
}
