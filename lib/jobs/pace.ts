/**
 * Spaces calls evenly: at most `perSecond` starts per second in this process. The reminder scan is
 * a singleton job (one instance scans at a time), so this caps the portal's scan calls towards imin.
 */
export function pacer(perSecond: number, now: () => number = Date.now): () => Promise<void> {
  const gapMs = 1000 / perSecond;
  let next = 0;
  return async () => {
    const t = now();
    const at = Math.max(t, next);
    next = at + gapMs;
    if (at > t) await new Promise((resolve) => setTimeout(resolve, at - t));
  };
}

/** Runs `task` over `items` with at most `limit` at once; the errors are returned, not thrown. */
export async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  let index = 0;
  const lane = async () => {
    while (index < items.length) {
      const item = items[index++]!;
      await task(item).catch((e: unknown) => errors.push(e));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return errors;
}
