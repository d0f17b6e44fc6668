import { parseSearchParams } from "@/lib/book/search-state";
import { searchTimetable } from "@/lib/book/timetable";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getBrokerConfig } from "@/lib/broker/config";
import { IminError } from "@/lib/imin/errors";

/** JSON for the /book timetable (SWR). Same filters and URL parameters as the page itself. */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthorized", message: "Please sign in again." }, { status: 401 });
  const filters = parseSearchParams(new URL(request.url).searchParams);
  const home = getBrokerConfig().defaultLocation;
  const centre = filters.lat !== undefined && filters.lng !== undefined ? { latitude: filters.lat, longitude: filters.lng } : home;
  try {
    const results = await searchTimetable(user, filters, centre);
    return Response.json(results, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    if (error instanceof IminError) return error.toResponse();
    console.error("search route failed", error instanceof Error ? error.name : "error");
    return Response.json({ error: "internal", message: "The search could not be completed. Please try again." }, { status: 500 });
  }
}
