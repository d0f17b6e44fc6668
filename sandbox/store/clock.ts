/**
 * The sandbox clock. It keeps running from wherever it was set, so tests can jump to "just before
 * a cancellation window closes" and still observe time passing.
 */
export interface Clock {
  now(): Date;
  nowIso(): string;
  /** Jump to an ISO instant; the clock keeps running from there. */
  set(iso: string): void;
  advance(ms: number): void;
  /** Back to real time. */
  reset(): void;
  /** Offset from real time, in ms (0 = real time). */
  offsetMs(): number;
}

export function createClock(realNow: () => number = Date.now): Clock {
  let offset = 0;
  const now = () => new Date(realNow() + offset);
  return {
    now,
    nowIso: () => now().toISOString(),
    set(iso: string) {
      const target = Date.parse(iso);
      if (!Number.isFinite(target)) throw new RangeError(`not an ISO date: ${iso}`);
      offset = target - realNow();
    },
    advance(ms: number) {
      if (!Number.isFinite(ms)) throw new RangeError(`not a number of ms: ${ms}`);
      offset += ms;
    },
    reset() {
      offset = 0;
    },
    offsetMs: () => offset,
  };
}
