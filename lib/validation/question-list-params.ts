import { z } from "zod";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)")
  .transform((v, ctx) => {
    const d = new Date(`${v}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
      ctx.addIssue({ code: "custom", message: "must be a real date (YYYY-MM-DD)" });
      return z.NEVER;
    }
    return d;
  });
const id = z.string().regex(/^[1-9]\d{0,9}$/, "must be a positive whole number").transform(Number);

/** GET /api/questions query parameters. */
export const questionListParamsSchema = z
  .object({
    member: id.optional(),
    dept: id.optional(),
    status: z.enum(["TABLED", "HOLDING", "ANSWERED", "CORRECTED", "WITHDRAWN", "OVERDUE"], { error: "must be one of TABLED, HOLDING, ANSWERED, CORRECTED, WITHDRAWN, OVERDUE" }).optional(),
    house: z.enum(["COMMONS", "LORDS"], { error: "must be COMMONS or LORDS" }).optional(),
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
