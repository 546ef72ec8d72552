import { z } from "zod";
import { toDay } from "@/lib/dates";
import { decodeCursor, type TimelineOrder } from "@/lib/domain/timeline";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";

/**
 * Query parameters of a timeline, shared by the API routes (400 on a bad one)
 * and the pages (which drop a bad one with a notice). Blank means absent, as a
 * GET form sends every field.
 */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const TIMELINE_STATUS_VALUES = ["TABLED", "HOLDING", "ANSWERED", "CORRECTED", "WITHDRAWN", "OVERDUE"] as const;
export const TIMELINE_MAX_LIMIT = 100;

const day = (label: string) =>
  z.string().transform((v, ctx) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!d || toDay(d) !== v.trim()) {
      ctx.addIssue({ code: "custom", message: `${label} must be a date (YYYY-MM-DD).` });
      return z.NEVER;
    }
    return d;
  });

export const timelineParamsSchema = z
  .object({
    dept: z.preprocess(blank, z.coerce.number({ error: "Department must be a number." }).int("Choose a department.").positive("Choose a department.").max(2_147_483_647).optional()),
    status: z.preprocess(
      (v) => (typeof v === "string" ? blank(v.toUpperCase()) : v),
      z.enum(TIMELINE_STATUS_VALUES, { error: `Status must be one of ${TIMELINE_STATUS_VALUES.join(", ")}.` }).optional(),
    ),
    from: z.preprocess(blank, day("From").optional()),
    to: z.preprocess(blank, day("To").optional()),
    cursor: z.preprocess(
      blank,
      z
        .string()
        .refine((v) => decodeCursor(v) !== null, "This cursor is not valid; start again from the first page.")
        .optional(),
    ),
    limit: z.preprocess(
      blank,
      z.coerce
        .number({ error: "Limit must be a number." })
        .int("Limit must be a whole number.")
        .min(1, "Limit must be at least 1.")
        .max(TIMELINE_MAX_LIMIT, `Limit must be at most ${TIMELINE_MAX_LIMIT}.`)
        .optional(),
    ),
    order: z.preprocess(blank, z.enum(["asc", "desc"], { error: "Order must be asc or desc." }).optional()),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "To cannot be before From." });
  });

export type TimelineParams = z.output<typeof timelineParamsSchema>;

/** What lib/data/timeline.ts takes, from parsed params. */
export function timelineQueryOf(p: TimelineParams) {
  return {
    filters: { answeringBodyId: p.dept, status: p.status as QuestionStatus | "OVERDUE" | undefined, from: p.from, to: p.to },
    cursor: p.cursor ?? null,
    limit: p.limit,
    order: (p.order ?? "desc") as TimelineOrder,
  };
}

/**
 * The params as URL strings, canonical and without blanks or the cursor: the
 * filter part of a "load more" link and of the React Query key.
 */
export function timelineFilterStrings(p: TimelineParams): Record<string, string> {
  const out: Record<string, string> = {};
  if (p.dept) out.dept = String(p.dept);
  if (p.status) out.status = p.status;
  if (p.from) out.from = toDay(p.from);
  if (p.to) out.to = toDay(p.to);
  if (p.limit) out.limit = String(p.limit);
  if (p.order) out.order = p.order;
  return out;
}

type RawParams = Record<string, string | string[] | undefined>;

/**
 * For pages: parses what it can and drops each bad field, naming it, instead of
 * failing the whole page. A repeated parameter keeps its first value.
 */
export function parseTimelineParamsLenient(raw: RawParams): { params: TimelineParams; invalid: { field: string; message: string }[] } {
  const input: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) input[k] = first;
  }
  const invalid: { field: string; message: string }[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = timelineParamsSchema.safeParse(input);
    if (parsed.success) return { params: parsed.data, invalid };
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      if (!(field in input)) continue;
      delete input[field];
      invalid.push({ field, message: issue.message });
    }
  }
  return { params: {}, invalid };
}
