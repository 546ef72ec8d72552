import type { House, QuestionStatus } from "@/lib/generated/prisma/enums";
import { NON_ANSWER_KINDS, type NonAnswerKind } from "@/lib/analysis/types";
import { houseOfUin } from "@/lib/domain/house";
import { tokenize } from "@/lib/search/tokenize";

/**
 * Field filters typed into the search box (member:lowe, status:unanswered,
 * date:2025-12 …): what each field accepts and what it means. Pure; the SQL
 * lives in lib/data/search-sqlite.ts. A value we cannot read is reported back
 * as an error string so the parser can search for it as plain words instead.
 */
export const QUERY_FIELDS = ["member", "dept", "uin", "status", "has", "nonanswer", "date", "house"] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

// Spellings people reach for; each maps to one field.
const FIELD_ALIASES: Record<string, QueryField> = { department: "dept" };

export type SearchStatusValue = QuestionStatus | "OVERDUE";

export type QueryFilterValue =
  /** Folded name words that must appear together, in order, in the member's or department's name. */
  | { field: "member" | "dept"; words: string[]; prefix: boolean }
  | { field: "uin"; uin: string; house: House }
  | { field: "status"; statuses: SearchStatusValue[] }
  | { field: "has"; has: "unresolved" }
  | { field: "nonanswer"; kinds: NonAnswerKind[] }
  /** Inclusive calendar days, YYYY-MM-DD; null = open-ended. */
  | { field: "date"; from: string | null; to: string | null }
  | { field: "house"; houses: House[] };

export type QueryFilter = QueryFilterValue & {
  negate: boolean;
  /** As typed (e.g. `member:"rupert lowe"`), for notices and the UI. */
  raw: string;
};

const STATUS_WORDS: Record<string, SearchStatusValue> = {
  unanswered: "TABLED",
  tabled: "TABLED",
  holding: "HOLDING",
  answered: "ANSWERED",
  corrected: "CORRECTED",
  withdrawn: "WITHDRAWN",
  overdue: "OVERDUE",
};

const HOUSE_WORDS: Record<string, House> = { commons: "COMMONS", lords: "LORDS", scottish: "SCOTTISH", scotland: "SCOTTISH" };

export function fieldOf(name: string): QueryField | null {
  const n = name.toLowerCase();
  if ((QUERY_FIELDS as readonly string[]).includes(n)) return n as QueryField;
  return FIELD_ALIASES[n] ?? null;
}

type Parsed = { ok: true; value: QueryFilterValue } | { ok: false; error: string };
const fail = (error: string): Parsed => ({ ok: false, error });

/** A field's value → what it filters on, or why it cannot be read. */
export function parseFieldValue(field: QueryField, value: string): Parsed {
  const v = value.trim();
  if (!v) return fail(`it needs a value, e.g. ${EXAMPLES[field]}`);
  switch (field) {
    case "member":
    case "dept": {
      const prefix = /\*$/.test(v);
      const words = tokenize(v).map((t) => t.norm);
      if (!words.length) return fail(`it needs a name, e.g. ${EXAMPLES[field]}`);
      return { ok: true, value: { field, words, prefix } };
    }
    case "uin": {
      const uin = v.toUpperCase();
      if (!/^[A-Z0-9][A-Z0-9-]{0,29}$/.test(uin)) return fail("it takes a question number such as 95752, HL1234 or S3W-12345");
      return { ok: true, value: { field, uin, house: houseOfUin(uin) } };
    }
    case "status":
      return listOf(field, v, STATUS_WORDS, (statuses) => ({ field, statuses }));
    case "house":
      return listOf(field, v, HOUSE_WORDS, (houses) => ({ field, houses }));
    case "nonanswer": {
      const kinds = Object.fromEntries(NON_ANSWER_KINDS.map((k) => [k, k])) as Record<string, NonAnswerKind>;
      return listOf(field, v.replace(/-/g, "_"), kinds, (found) => ({ field, kinds: found }));
    }
    case "has":
      if (v.toLowerCase() === "unresolved") return { ok: true, value: { field, has: "unresolved" } };
      return fail("it takes has:unresolved (a figure left unresolved or declined)");
    case "date":
      return parseDateRange(v);
  }
}

/** Comma-separated words from a fixed vocabulary (status:holding,overdue). */
function listOf<T>(field: QueryField, v: string, words: Record<string, T>, make: (values: T[]) => QueryFilterValue): Parsed {
  const out: T[] = [];
  for (const part of v.toLowerCase().split(",")) {
    if (!part) continue;
    const hit = Object.hasOwn(words, part) ? words[part] : undefined;
    if (hit === undefined) return fail(`it takes ${Object.keys(words).join(", ")}`);
    if (!out.includes(hit)) out.push(hit);
  }
  if (!out.length) return fail(`it needs a value, e.g. ${EXAMPLES[field]}`);
  return { ok: true, value: make(out) };
}

const DATE_HELP = "it takes a real day (2025-12-01), month (2025-12) or year (2025), or a range such as 2025-12-01..2025-12-31 (either end may be left off)";

/** 2025 | 2025-12 | 2025-12-01, alone or either side of "..", into inclusive days. */
function parseDateRange(v: string): Parsed {
  const parts = v.split("..");
  if (parts.length > 2) return fail(DATE_HELP);
  if (parts.length === 1) {
    const span = periodOf(parts[0]!);
    return span ? { ok: true, value: { field: "date", from: span.first, to: span.last } } : fail(DATE_HELP);
  }
  const [a, b] = parts as [string, string];
  if (!a && !b) return fail(DATE_HELP);
  const from = a ? periodOf(a) : null;
  const to = b ? periodOf(b) : null;
  if ((a && !from) || (b && !to)) return fail(DATE_HELP);
  if (from && to && from.first > to.last) return fail("the range ends before it starts");
  return { ok: true, value: { field: "date", from: from?.first ?? null, to: to?.last ?? null } };
}

function periodOf(s: string): { first: string; last: string } | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1800 || year > 2999) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (m[2] === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (m[3] === undefined) return { first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(lastDay)}` };
  const day = Number(m[3]);
  if (day < 1 || day > lastDay) return null;
  const d = `${year}-${pad(month)}-${pad(day)}`;
  return { first: d, last: d };
}

const EXAMPLES: Record<QueryField, string> = {
  member: "member:lowe",
  dept: 'dept:"home office"',
  uin: "uin:95752",
  status: "status:unanswered",
  has: "has:unresolved",
  nonanswer: "nonanswer:disproportionate_cost",
  date: "date:2025-12",
  house: "house:lords",
};

/** Same filter, same key: repeated filters are kept once. */
export function filterKey(f: QueryFilter): string {
  const { raw: _raw, ...rest } = f;
  return JSON.stringify(rest);
}

/**
 * Whether a member's or department's name contains the filter's words as
 * whole words, in order, ignoring case and accents ("lowe" and "rupert lowe"
 * match "Rupert Lowe"; "low" does not, "low*" does).
 */
export function nameMatches(name: string, words: readonly string[], prefix: boolean): boolean {
  const tokens = tokenize(name).map((t) => t.norm);
  const n = words.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      const tok = tokens[i + j]!;
      ok = j === n - 1 && prefix ? tok.startsWith(words[j]!) : tok === words[j];
    }
    if (ok) return true;
  }
  return false;
}
