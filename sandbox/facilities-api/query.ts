import { z } from "zod";
import { geoRadial, MAX_LIMIT } from "../events-api/query";
import { londonDayKey } from "./london-day";

const FACILITY_MODES = ["discovery-geo", "upcoming-slots"] as const;
export const DEFAULT_LIMIT = 20;

const isoInstant = (name: string) =>
  z
    .string()
    .trim()
    .refine(
      (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && Number.isFinite(Date.parse(v)),
      `${name} must be an ISO 8601 date-time with a zone, e.g. 2026-03-01T09:00:00Z`,
    )
    .transform((v) => Date.parse(v));

const whole = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`);

/** `/facility-uses` query: imin's mandatory `mode` and `geo[radial]`, and the documented `startDate` rules. */
export const facilityUsesQuery = z
  .object({
    mode: z.enum(FACILITY_MODES, { message: `mode is required and must be one of ${FACILITY_MODES.join(", ")}` }),
    "geo[radial]": geoRadial.optional(),
    "startDate[gte]": isoInstant("startDate[gte]").optional(),
    "startDate[lte]": isoInstant("startDate[lte]").optional(),
    activityPrefLabel: z.string().trim().min(1).max(200).optional(),
    providerId: z.string().trim().min(1).max(200).optional(),
    limit: whole("limit", 1, MAX_LIMIT).optional(),
    page: whole("page", 1, 100_000).optional(),
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
