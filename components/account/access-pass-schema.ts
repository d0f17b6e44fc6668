import { z } from "zod";

/**
 * A membership card number: spaces people type between groups are dropped; what is left must be
 * 4 to 32 letters, digits or hyphens (what barcodes at front desks carry and imin accepts).
 */
export const accessPassSchema = z.object({
  accessPass: z
    .string({ message: "Enter your card number" })
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(
      z
        .string()
        .min(1, "Enter your card number")
        .min(4, "A card number has at least 4 characters")
        .max(32, "A card number has at most 32 characters")
        .regex(/^[A-Za-z0-9-]+$/, "Use only letters, numbers and hyphens"),
    ),
});
