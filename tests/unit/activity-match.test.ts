import { describe, expect, test } from "vitest";
import { didYouMean, editDistance, exactActivity, normalizeActivity, suggestActivities } from "@/lib/book/activity-match";

const LABELS = ["Aqua Aerobics", "Badminton", "Boxing", "Pilates", "Swimming", "Table Tennis", "Tennis", "Yoga", "Zumba", "Ballet"];

describe("activity matching", () => {
  test("case, spaces, punctuation and accents never matter", () => {
    expect(normalizeActivity(" Àqua-Aérobics ")).toBe("aquaaerobics");
    expect(exactActivity("bad minton", LABELS)).toBe("Badminton");
    expect(exactActivity("SWIMMING", LABELS)).toBe("Swimming");
    expect(exactActivity("aqua-aérobics", LABELS)).toBe("Aqua Aerobics");
    expect(exactActivity("swimmng", LABELS)).toBeUndefined();
    expect(exactActivity("   ", LABELS)).toBeUndefined();
  });

  test("edit distance counts a swap of neighbours as one slip and stops early", () => {
    expect(editDistance("swimmng", "swimming")).toBe(1);
    expect(editDistance("yoag", "yoga")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });

  test("suggestions: starts-with first, then a word that starts so, then near matches", () => {
    expect(suggestActivities("ten", LABELS)).toEqual(["Tennis", "Table Tennis"]);
    expect(suggestActivities("ba", LABELS)).toEqual(["Badminton", "Ballet"]);
    expect(suggestActivities("swimmng", LABELS)).toEqual(["Swimming"]);
    expect(suggestActivities("swimng", LABELS)).toContain("Swimming");
    expect(suggestActivities("bad minton", LABELS)).toEqual(["Badminton"]);
    expect(suggestActivities("pilatse", LABELS)).toEqual(["Pilates"]);
    expect(suggestActivities("zzzz", LABELS)).toEqual([]);
    expect(suggestActivities("", LABELS, 3)).toEqual(["Aqua Aerobics", "Badminton", "Boxing"]);
  });

  test("short words need an exact start: no wild guesses", () => {
    expect(suggestActivities("gox", LABELS)).toEqual([]);
    expect(didYouMean("yog", LABELS)).toBeUndefined();
  });

  test("did you mean: only for a value near one activity and exact to none", () => {
    expect(didYouMean("swimmng", LABELS)).toBe("Swimming");
    expect(didYouMean("Badmintn", LABELS)).toBe("Badminton");
    expect(didYouMean("bad minton", LABELS)).toBeUndefined();
    expect(didYouMean("Swimming", LABELS)).toBeUndefined();
    expect(didYouMean("quidditch", LABELS)).toBeUndefined();
    expect(didYouMean("", LABELS)).toBeUndefined();
    // The start of a word being typed is not a slip ("tenni" is on its way to Tennis).
    expect(didYouMean("tenni", LABELS)).toBeUndefined();
  });
});
