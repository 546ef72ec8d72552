import { z } from "zod";
import { queryDay, queryId } from "@/lib/validation/query-params";
import { HOUSES } from "@/lib/domain/house";

const day = queryDay;
const id = queryId;

/** GET /api/questions query parameters. */
export const questionListParamsSchema = z
  .object({
    member: id.optional(),
    dept: id.optional(),
    status: z.enum(["TABLED", "HOLDING", "ANSWERED", "CORRECTED", "WITHDRAWN", "OVERDUE"], { error: "must be one of TABLED, HOLDING, ANSWERED, CORRECTED, WITHDRAWN, OVERDUE" }).optional(),
    house: z.enum(HOUSES, { error: `must be ${HOUSES.join(", ")}` }).optional(),
    from: day.optional(),
    to: day.optional(),
    page: z.string().regex(/^[1-9]\d{0,5}$/, "must be a page number from 1").transform(Number).optional(),
    pageSize: z
      .string()
      .regex(/^\d{1,3}$/, "must be a number from 1 to 100")
      .transform(Number)
      .refine((n) => n >= 1 && n <= 100, "must be a number from 1 to 100")
      .optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
  });
