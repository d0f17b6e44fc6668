import { describe, expect, it } from "vitest";
import { ageOn as memberAgeOn } from "@/lib/family/age";
import { ageOn as venueAgeOn } from "@/lib/time/venue-time";

// The household's ageOn (strict: throws on a bad date) and the one booking eligibility and sign-up
// use (lenient: undefined) must count the same UK day.
describe.each([
  ["household", memberAgeOn],
  ["venue-time", venueAgeOn],
])("ageOn (Europe/London), %s", (_name, ageOn) => {
  it("counts whole years, a year more from the birthday itself", () => {
    expect(ageOn("2015-06-10", "2026-06-09")).toBe(10);
    expect(ageOn("2015-06-10", "2026-06-10")).toBe(11);
    expect(ageOn("2015-06-10", "2026-12-31")).toBe(11);
  });

  it("is 0 on the day of birth and negative before it", () => {
    expect(ageOn("2026-03-01", "2026-03-01")).toBe(0);
    expect(ageOn("2026-03-01", "2026-02-28")).toBe(-1);
  });

  it("turns someone born on 29 February a year older on 1 March in other years", () => {
    expect(ageOn("2012-02-29", "2025-02-28")).toBe(12);
    expect(ageOn("2012-02-29", "2025-03-01")).toBe(13);
    expect(ageOn("2012-02-29", "2028-02-29")).toBe(16);
  });

  it("reads an instant as the day it is in the UK, not in UTC", () => {
    // 23:30 UTC on 9 June is 00:30 on 10 June in London (BST): the birthday has come.
    expect(ageOn("2013-06-10", "2026-06-09T23:30:00Z")).toBe(13);
    expect(ageOn("2013-06-10", "2026-06-09T22:30:00Z")).toBe(12);
    // In winter London is on UTC.
    expect(ageOn("2013-12-10", "2026-12-09T23:30:00Z")).toBe(12);
    expect(ageOn("2013-12-10", "2026-12-10T00:00:00+01:00")).toBe(12);
  });
});

describe("ageOn of a bad date", () => {
  it("refuses something that is not a date", () => {
    expect(() => memberAgeOn("10/06/2015", "2026-06-10")).toThrow(RangeError);
    expect(() => memberAgeOn("2015-06-10", "soon")).toThrow(RangeError);
  });

  it("is unknown for venue-time's lenient one", () => {
    expect(venueAgeOn("10/06/2015", "2026-06-10")).toBeUndefined();
    expect(venueAgeOn("2015-06-10", "soon")).toBeUndefined();
  });
});
