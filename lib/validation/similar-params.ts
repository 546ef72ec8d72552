import { z } from "zod";

/** Query parameters of GET /api/questions/[id]/similar: how many earlier questions to list (1–20, default 6). */
export const similarParamsSchema = z
  .object({
    limit: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.coerce.number({ error: "Limit must be a number." }).int("Limit must be a whole number.").min(1, "Limit must be at least 1.").max(20, "Limit must be at most 20.").optional(),
    ),
  })
  .strict();
