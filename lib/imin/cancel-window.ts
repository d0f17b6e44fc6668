/**
 * A cancellation window as a count and a unit, for the pages to word in their language
 * (`bookings.whyNoCancel.window`): 1440 → 1 day, 120 → 2 hours, 90 → 90 minutes; 0 → 0 minutes.
 */
export function cancelWindowParts(minutes: number): { unit: "day" | "hour" | "minute"; count: number } {
  if (minutes > 0 && minutes % 1440 === 0) return { unit: "day", count: minutes / 1440 };
  if (minutes > 0 && minutes % 60 === 0) return { unit: "hour", count: minutes / 60 };
  return { unit: "minute", count: minutes };
}

/** A cancellation window in words: 1440 → "1 day", 120 → "2 hours", 90 → "90 minutes". */
export function cancelWindowText(minutes: number): string {
  if (minutes === 0) return "right";
  if (minutes % 1440 === 0) return minutes === 1440 ? "1 day" : `${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? "1 hour" : `${minutes / 60} hours`;
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
