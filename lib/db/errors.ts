/** Postgres unique-violation, whether raised by pg, PGlite or wrapped by drizzle. */
export function isUniqueViolation(e: unknown): boolean {
  let err: unknown = e;
  for (let depth = 0; err && typeof err === "object" && depth < 4; depth++) {
    if ((err as { code?: unknown }).code === "23505") return true;
    err = (err as { cause?: unknown }).cause;
  }
  return false;
}
