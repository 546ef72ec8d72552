import { z } from "zod";
import { queryDay, queryId } from "@/lib/validation/query-params";
import type { SearchQuestionsOptions } from "@/lib/data/search";

/**
 * Search parameters as they arrive in a URL (GET /api/search and /search):
 * q, member, dept, from, to, status, unresolved, order, page. The API answers
 * a bad value with a 400 naming the field; the page drops it with a notice.
 */
export const SEARCH_FIELDS = ["q", "member", "dept", "from", "to", "status", "unresolved", "order", "page"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
/** The parameters as strings, the way a form or a URL holds them. */
export type SearchFormValues = Record<SearchField, string>;

export const SEARCH_STATUSES = ["TABLED", "HOLDING", "ANSWERED", "CORRECTED", "WITHDRAWN", "OVERDUE"] as const;
export const MAX_SEARCH_INPUT = 10_000;

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const day = queryDay;
const id = queryId;

export const searchParamsSchema = z
  .object({
    q: z.preprocess(blank, z.string().max(MAX_SEARCH_INPUT, `must be at most ${MAX_SEARCH_INPUT} characters`).optional()),
    member: z.preprocess(blank, id.optional()),
    dept: z.preprocess(blank, id.optional()),
    from: z.preprocess(blank, day.optional()),
    to: z.preprocess(blank, day.optional()),
    status: z.preprocess(
      (v) => (typeof blank(v) === "string" ? (v as string).trim().toUpperCase() : blank(v)),
      z.enum(SEARCH_STATUSES, { error: `must be one of ${SEARCH_STATUSES.join(", ")}` }).optional(),
    ),
    unresolved: z.preprocess(
      blank,
      z
        .enum(["1", "0", "true", "false", "on", "off"], { error: "must be 1 or 0" })
        .optional()
        .transform((v) => v === "1" || v === "true" || v === "on"),
    ),
    order: z.preprocess(blank, z.enum(["relevance", "newest"], { error: "must be relevance or newest" }).default("relevance")),
    page: z.preprocess(
      blank,
      z.string().trim().regex(/^[1-9]\d{0,3}$/, "must be a page number from 1 to 9999").transform(Number).default(1),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before the from date" });
  });

export type SearchParams = z.output<typeof searchParamsSchema>;

export function searchOptionsFromParams(p: SearchParams): SearchQuestionsOptions {
  return {
    q: p.q,
    memberId: p.member,
    answeringBodyId: p.dept,
    from: p.from,
    to: p.to,
    status: p.status,
    hasUnresolvedFigures: p.unresolved,
    order: p.order,
    page: p.page,
  };
}

const FIELD_LABELS: Record<SearchField, string> = {
  q: "search words",
  member: "member",
  dept: "department",
  from: "tabled-from date",
  to: "tabled-to date",
  status: "status",
  unresolved: "unresolved-figures option",
  order: "order",
  page: "page number",
};

/**
 * For the page: parse what the URL holds, dropping each bad field with a
 * notice instead of failing. Returns the parsed parameters and the string
 * values that survived (to fill the form and key the query).
 */
export function parseSearchParamsLenient(raw: Record<string, string | string[] | undefined>): {
  params: SearchParams;
  values: SearchFormValues;
  notices: string[];
} {
  const values = emptySearchValues();
  for (const f of SEARCH_FIELDS) {
    const v = raw[f];
    values[f] = (Array.isArray(v) ? v[0] : v) ?? "";
  }
  const notices: string[] = [];
  // Each round removes at least one bad field, so this ends.
  for (let round = 0; round <= SEARCH_FIELDS.length; round++) {
    const parsed = searchParamsSchema.safeParse(values);
    if (parsed.success) return { params: parsed.data, values: canonicalValues(values, parsed.data), notices };
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SearchField | undefined;
      if (!field || !(field in values) || values[field] === "") continue;
      notices.push(`Ignored the ${FIELD_LABELS[field]} “${truncate(values[field])}”: ${issue.message}.`);
      values[field] = "";
    }
  }
  const fallback = searchParamsSchema.parse({});
  return { params: fallback, values: emptySearchValues(), notices };
}

export function emptySearchValues(): SearchFormValues {
  return { q: "", member: "", dept: "", from: "", to: "", status: "", unresolved: "", order: "", page: "" };
}

/** Form values as the page and the client agree to write them (so query keys match). */
function canonicalValues(values: SearchFormValues, p: SearchParams): SearchFormValues {
  return {
    ...values,
    status: p.status ?? "",
    unresolved: p.unresolved ? "1" : "",
    order: p.order === "newest" ? "newest" : "",
    page: p.page > 1 ? String(p.page) : "",
  };
}

/**
 * The non-empty parameters, defaults left out: the URL query of a search, and
 * the key its results are cached under.
 */
export function searchQueryRecord(values: SearchFormValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of SEARCH_FIELDS) {
    let v = f === "q" ? values.q.trim() : values[f].trim();
    if (f === "order" && v === "relevance") v = "";
    if (f === "page" && v === "1") v = "";
    if (f === "unresolved" && !["1", "true", "on"].includes(v)) v = "";
    if (f === "unresolved" && v) v = "1";
    if (v) out[f] = v;
  }
  return out;
}

export function searchQueryString(values: SearchFormValues): string {
  return new URLSearchParams(searchQueryRecord(values)).toString();
}

function truncate(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
