import { z } from "zod";

/** Building blocks for URL query parameters (API routes and page URLs). */
export const queryDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)")
  .transform((v, ctx) => {
    const d = new Date(`${v}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
      ctx.addIssue({ code: "custom", message: "must be a real date (YYYY-MM-DD)" });
      return z.NEVER;
    }
    return d;
  });

export const queryId = z.string().trim().regex(/^[1-9]\d{0,9}$/, "must be a positive whole number").transform(Number);
