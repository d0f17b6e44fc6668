/**
 * Matching what a customer types in the activity filter against the activities imin lists:
 * case, spacing, punctuation and accents never matter ("bad minton" is Badminton), and a small
 * number of typing slips is forgiven ("swimmng" is near Swimming). Pure: used on both sides.
 */

/** "Aqua-Aerobics", "aqua aerobics" and "Àqua Aérobics" all become "aquaaerobics". */
export function normalizeActivity(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Slips forgiven for a typed value of this many letters: none for very short words. */
function allowedSlips(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1. Stops early (returns `max + 1`) once `max` is out of reach.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The listed activity the value names exactly (ignoring case, spaces, punctuation and accents). */
export function exactActivity(value: string, labels: readonly string[]): string | undefined {
  const typed = normalizeActivity(value);
  if (!typed) return undefined;
  return labels.find((label) => normalizeActivity(label) === typed);
}

interface Scored {
  label: string;
  rank: number;
  distance: number;
}

function score(typed: string, label: string): Scored | undefined {
  const name = normalizeActivity(label);
  if (!name) return undefined;
  if (name === typed) return { label, rank: 0, distance: 0 };
  if (name.startsWith(typed)) return { label, rank: 1, distance: 0 };
  // Any word of the label starting with what was typed ("tennis" finds Table Tennis).
  const words = label.split(/[\s/-]+/).map(normalizeActivity);
  if (words.some((w) => w.startsWith(typed))) return { label, rank: 2, distance: 0 };
  if (typed.length >= 3 && name.includes(typed)) return { label, rank: 3, distance: 0 };
  const slips = allowedSlips(typed.length);
  if (!slips) return undefined;
  const whole = editDistance(typed, name, slips);
  if (whole <= slips) return { label, rank: 4, distance: whole };
  // Still typing, with a slip: compare with the start of the label ("swimng" → "swimmi…").
  const start = Math.min(editDistance(typed, name.slice(0, typed.length), 1), editDistance(typed, name.slice(0, typed.length + 1), 1));
  if (typed.length >= 4 && start <= 1) return { label, rank: 5, distance: start };
  return undefined;
}

/** Activities to offer for what was typed, best first: exact, starts with, word starts with, contains, then near. */
export function suggestActivities(value: string, labels: readonly string[], limit = 8): string[] {
  const typed = normalizeActivity(value);
  if (!typed) return labels.slice(0, limit);
  return labels
    .map((label) => score(typed, label))
    .filter((s): s is Scored => Boolean(s))
    .sort((a, b) => a.rank - b.rank || a.distance - b.distance || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map((s) => s.label);
}

/**
 * "Did you mean Swimming?": for a value that names no activity exactly, the nearest one within the
 * slips allowed for its length. Undefined when the value is exact, empty, the start or a part of
 * an activity (still being typed), or near nothing.
 */
export function didYouMean(value: string, labels: readonly string[]): string | undefined {
  const typed = normalizeActivity(value);
  if (!typed || exactActivity(value, labels)) return undefined;
  // Still typing the start of an activity (or a part of one) is no slip.
  if (labels.some((label) => (score(typed, label)?.rank ?? 9) <= 3)) return undefined;
  const slips = allowedSlips(typed.length);
  let best: { label: string; distance: number } | undefined;
  for (const label of labels) {
    const d = editDistance(typed, normalizeActivity(label), slips);
    if (d <= slips && (!best || d < best.distance)) best = { label, distance: d };
  }
  return best?.label;
}

/**
 * Whether an activity is on imin's high-frequency timetable (Swimming and Gym Workout), which a
 * search leaves out unless it asks for it: "swimming", "Swim" and "gym" do; "Gymnastics" does not.
 */
export function isHighFrequencyActivity(value: string | undefined): boolean {
  const typed = normalizeActivity(value ?? "");
  return typed.startsWith("swim") || typed === "gym" || typed.startsWith("gymworkout");
}
