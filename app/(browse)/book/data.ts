import "server-only";

export { getActivityLabels } from "@/lib/book/activity-list";
export { readBookingCustomer } from "@/lib/book/customer-facts";
export { getPlaces } from "@/lib/book/place-list";
export { searchTimetable } from "@/lib/book/timetable";
export { searchPublicCourts, searchPublicTimetable } from "@/lib/book/public-reads";
export { searchCourts } from "@/lib/imin/facilities";
export { IminError } from "@/lib/imin/errors";
