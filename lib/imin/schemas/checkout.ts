import "server-only";
import { z } from "zod";
import { typeName } from "./common";

export const checkoutSessionResponse = z.object({
  type: typeName,
  potentialAction: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.object({ type: typeName, name: z.string().optional(), target: z.string().min(1) })).min(1),
  ),
});
