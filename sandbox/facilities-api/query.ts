import { z } from "zod";
import { geoRadial, isoInstant, MAX_LIMIT, wholeNumber } from "../search-common/query";
import { londonDayKey } from "./london-day";

const FACILITY_MODES = ["discovery-geo", "upcoming-slots"] as const;

/** `/facility-uses` query: imin's mandatory `mode` and `geo[radial]`, and the documented `startDate` rules. */
export const facilityUsesQuery = z
  .object({
    mode: z.enum(FACILITY_MODES, { message: `mode is required and must be one of ${FACILITY_MODES.join(", ")}` }),
    "geo[radial]": geoRadial.optional(),
    "startDate[gte]": isoInstant("startDate[gte]").optional(),
    "startDate[lte]": isoInstant("startDate[lte]").optional(),
    activityPrefLabel: z.string().trim().min(1).max(200).optional(),
    providerId: z.string().trim().min(1).max(200).optional(),
    limit: wholeNumber("limit", 1, MAX_LIMIT).optional(),
    page: wholeNumber("page", 1, 100_000).optional(),
  })
  .superRefine((q, ctx) => {
    const gte = q["startDate[gte]"];
    const lte = q["startDate[lte]"];
    if (!q["geo[radial]"]) {
      ctx.addIssue({ code: "custom", path: ["geo[radial]"], message: "geo[radial] is required (latitude,longitude,radiusKm)" });
    }
    if (q.mode === "discovery-geo" && (gte !== undefined || lte !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [gte !== undefined ? "startDate[gte]" : "startDate[lte]"],
        message: "startDate[gte] and startDate[lte] are not permitted with mode=discovery-geo",
      });
    }
    if (q.mode === "upcoming-slots" && gte === undefined && lte === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["startDate[gte]"],
        message: "startDate[gte] or startDate[lte] is required with mode=upcoming-slots",
      });
    }
    if (gte !== undefined && lte !== undefined) {
      if (londonDayKey(gte) !== londonDayKey(lte)) {
        ctx.addIssue({
          code: "custom",
          path: ["startDate[lte]"],
          message: "startDate[gte] and startDate[lte] must fall on the same calendar day (Europe/London): upcoming-slots covers one day",
        });
      } else if (lte < gte) {
        ctx.addIssue({ code: "custom", path: ["startDate[lte]"], message: "startDate[lte] must not be before startDate[gte]" });
      }
    }
  });
export type FacilityUsesQuery = z.output<typeof facilityUsesQuery>;
