import { z } from "zod";

/** Links in mail are absolute http(s) URLs, never javascript: or a relative path. */
export const mailLink = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/\S+$/.test(v) && URL.canParse(v), "must be an absolute http(s) URL");

export const customerName = z.string().trim().max(100).optional();
