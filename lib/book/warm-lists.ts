import "server-only";
import { getEnv } from "@/lib/env";
import { getActivityLabels } from "./activity-list";
import { getPlaces } from "./place-list";

/**
 * Reads the /book page's per-process lists (the activity suggestions and the venues) when the server
 * starts, so the first customer's /book view does not pay their imin calls (5 at the sandbox: two
 * pages of classes and of the swim and gym timetable, and the places). Never rejects, never waits:
 * a failed read is tried again by the first view a minute later.
 */
export function warmBookLists(): void {
  if (getEnv().BOOK_LISTS_MINUTES === 0) return;
  void getActivityLabels();
  void getPlaces();
}
