import { parseSearchParams } from "@/lib/book/search-state";
import { searchPublicTimetable } from "@/lib/book/public-reads";
import { searchTimetable } from "@/lib/book/timetable";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getBrokerConfig } from "@/lib/broker/config";
import { IminError } from "@/lib/imin/errors";

/**
 * JSON for the /book timetable (SWR). Same filters and URL parameters as the page itself; a
 * signed-out visitor gets imin's answer for everyone (shared for a short while, lib/book/public-reads.ts).
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const filters = parseSearchParams(new URL(request.url).searchParams);
  const home = getBrokerConfig().defaultLocation;
  const centre = filters.lat !== undefined && filters.lng !== undefined ? { latitude: filters.lat, longitude: filters.lng } : home;
  try {
    const results = user ? await searchTimetable(user, filters, centre) : await searchPublicTimetable(filters, centre);
    return Response.json(results, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    if (error instanceof IminError) return error.toResponse();
    console.error("search route failed", error instanceof Error ? error.name : "error");
    return Response.json({ error: "internal", message: "The search could not be completed. Please try again." }, { status: 500 });
  }
}
