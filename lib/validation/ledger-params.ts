import { z } from "zod";
import { NON_ANSWER_KINDS, type NonAnswerKind } from "@/lib/analysis/types";
import { LEDGER_SORT_VALUES, type LedgerSort, type LedgerStatusFilter } from "@/lib/domain/figure-ledger";

/**
 * Query parameters of the figures ledger (/figures). Blank means absent, as a
 * GET form sends every field; values are matched case-insensitively.
 */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const upper = (v: unknown) => (typeof v === "string" ? blank(v.trim().toUpperCase()) : v);
const lower = (v: unknown) => (typeof v === "string" ? blank(v.trim().toLowerCase()) : v);

export const LEDGER_STATUS_VALUES = ["OPEN", "UNRESOLVED", "DECLINED", "RESOLVED", "STATED", "REPORTED_UNCONFIRMED", "ALL"] as const satisfies readonly LedgerStatusFilter[];
export const LEDGER_PAGE_SIZE = 50;

const id = (label: string) =>
  z.preprocess(
    blank,
    z
      .string()
      .trim()
      .regex(/^[1-9]\d{0,9}$/, `${label} must be a positive whole number.`)
      .transform(Number)
      .refine((n) => n <= 2_147_483_647, `${label} must be a positive whole number.`)
      .optional(),
  );

export const ledgerParamsSchema = z.object({
  status: z.preprocess(upper, z.enum(LEDGER_STATUS_VALUES, { error: `Status must be one of ${LEDGER_STATUS_VALUES.join(", ")}.` }).optional()),
  dept: id("Department"),
  member: id("Member"),
  kind: z.preprocess(lower, z.enum(NON_ANSWER_KINDS, { error: `Kind must be one of ${NON_ANSWER_KINDS.join(", ")}.` }).optional()),
  sort: z.preprocess(lower, z.enum(LEDGER_SORT_VALUES, { error: `Sort must be one of ${LEDGER_SORT_VALUES.join(", ")}.` }).optional()),
  page: z.preprocess(
    blank,
    z.string().trim().regex(/^[1-9]\d{0,5}$/, "Page must be a page number from 1.").transform(Number).optional(),
  ),
});

export type LedgerParams = z.output<typeof ledgerParamsSchema>;

/** What listLedger takes, from parsed params (defaults filled in). */
export function ledgerQueryOf(p: LedgerParams) {
  return {
    status: (p.status ?? "OPEN") as LedgerStatusFilter,
    answeringBodyId: p.dept,
    memberId: p.member,
    nonAnswerKind: p.kind as NonAnswerKind | undefined,
    sort: p.sort ?? ("longest" as LedgerSort),
    page: p.page ?? 1,
    pageSize: LEDGER_PAGE_SIZE,
  };
}

/** The params as canonical URL strings, defaults and blanks left out (for page links). */
export function ledgerParamStrings(p: LedgerParams): Record<string, string> {
  const out: Record<string, string> = {};
  if (p.status && p.status !== "OPEN") out.status = p.status;
  if (p.dept) out.dept = String(p.dept);
  if (p.member) out.member = String(p.member);
  if (p.kind) out.kind = p.kind;
  if (p.sort && p.sort !== "longest") out.sort = p.sort;
  if (p.page && p.page > 1) out.page = String(p.page);
  return out;
}

export function ledgerHref(p: LedgerParams, overrides: Partial<LedgerParams> = {}): string {
  const qs = new URLSearchParams(ledgerParamStrings({ ...p, ...overrides })).toString();
  return qs ? `/figures?${qs}` : "/figures";
}

type RawParams = Record<string, string | string[] | undefined>;

/**
 * For the page: keeps every field that parses and drops (and names) each one
 * that does not, instead of failing the whole page. Unknown names are ignored;
 * a repeated parameter keeps its first value.
 */
export function parseLedgerParamsLenient(raw: RawParams): { params: LedgerParams; invalid: { field: string; message: string }[] } {
  const input: Record<string, string> = {};
  for (const key of Object.keys(ledgerParamsSchema.shape)) {
    const v = raw[key];
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) input[key] = first;
  }
  const parsed = ledgerParamsSchema.safeParse(input);
  if (parsed.success) return { params: parsed.data, invalid: [] };
  const invalid: { field: string; message: string }[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (!(field in input) || invalid.some((i) => i.field === field)) continue;
    delete input[field];
    invalid.push({ field, message: issue.message });
  }
  // Fields are independent, so one pass removes every bad one.
  const rest = ledgerParamsSchema.safeParse(input);
  return { params: rest.success ? rest.data : {}, invalid };
}
