/**
 * An error as one log line without what it carried: a failed database query's message lists its
 * parameters (a code, a token, a session id), so only the database's own reason is kept.
 */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return "unknown error";
  const cause = e.cause instanceof Error ? e.cause.message : undefined;
  const message = e.message.startsWith("Failed query") ? (cause ?? "database query failed") : e.message;
  return `${e.name}: ${message
    .split(/\bparams:/)[0]!
    .trim()
    .slice(0, 300)}`;
}
