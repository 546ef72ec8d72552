import type { SearchSqlFilters, SqlFieldFilter } from "@/lib/data/search-conditions-sqlite";
import { utcMidnight } from "@/lib/data/search-conditions-sqlite";

/**
 * The columns a search filters on, kept per row inside the rank index
 * ("search_attr", written by the build) so that the pruned ranking checks a
 * row it meets against a filter of any size in memory (~0.05 µs) instead of
 * looking its question up (~1.5 µs): a department holding 10% of the
 * questions was too many to gather first and too slow to check row by row.
 *
 * Rows are kept in chunks of CHUNK_ROWS consecutive ids, column by column:
 * asking member and department (32-bit ids), the row's length in tokens as
 * FTS5 counts it (bm25()'s, so that a row whose counts are all in lists read
 * whole is scored without a lookup: lib/data/rank-whole-sqlite.ts), day
 * tabled and day due (days since 1970; 0 = none, also for an id with no
 * question), status and house (1 + their place in the lists the build
 * recorded; 0 = none).
 *
 * Filters on something else (open figures, non-answers, a UIN, excluded
 * words) are not decided here: those rows go on to the SQL check.
 */

export const CHUNK_BITS = 12;
export const CHUNK_ROWS = 1 << CHUNK_BITS;
const DAY_MS = 86_400_000;

export type AttrChunk = {
  member: Uint32Array;
  dept: Uint32Array;
  len: Uint32Array;
  tabled: Uint16Array;
  due: Uint16Array;
  status: Uint8Array;
  house: Uint8Array;
};

/** The enum values a chunk's status and house codes stand for (code = 1 + index). */
export type AttrCodes = { status: string[]; house: string[] };

/** One question's filterable columns, as the build reads them. */
export type AttrRow = {
  id: number;
  member: number;
  dept: number;
  /** Its length in tokens (the rank index's search_doc.len). */
  len: number;
  tabled: string | Date;
  due: string | Date | null;
  status: string;
  house: string;
};

const BYTES_PER_ROW = 4 + 4 + 4 + 2 + 2 + 1 + 1;

export function emptyChunk(): AttrChunk {
  return viewChunk(new Uint8Array(CHUNK_ROWS * BYTES_PER_ROW).buffer);
}

function viewChunk(buf: ArrayBuffer): AttrChunk {
  const n = CHUNK_ROWS;
  return {
    member: new Uint32Array(buf, 0, n),
    dept: new Uint32Array(buf, 4 * n, n),
    len: new Uint32Array(buf, 8 * n, n),
    tabled: new Uint16Array(buf, 12 * n, n),
    due: new Uint16Array(buf, 14 * n, n),
    status: new Uint8Array(buf, 16 * n, n),
    house: new Uint8Array(buf, 17 * n, n),
  };
}

/** A chunk as stored: its columns' bytes one after another (little-endian, as typed arrays are here). */
export function encodeChunk(c: AttrChunk): Buffer {
  return Buffer.from(c.member.buffer, 0, CHUNK_ROWS * BYTES_PER_ROW);
}

export function decodeChunk(blob: Uint8Array): AttrChunk {
  if (blob.length !== CHUNK_ROWS * BYTES_PER_ROW) throw new Error(`search_attr chunk of ${blob.length} bytes, expected ${CHUNK_ROWS * BYTES_PER_ROW}`);
  // Copied: a typed array view needs its offset aligned, a blob's is not.
  return viewChunk(new Uint8Array(blob).buffer);
}

export const dayOf = (d: string | Date): number => Math.floor((typeof d === "string" ? Date.parse(d) : d.getTime()) / DAY_MS);

/** Writes a question's columns into its chunk (`c` is the chunk of row.id >> CHUNK_BITS). */
export function putRow(c: AttrChunk, codes: AttrCodes, row: AttrRow): void {
  const i = row.id & (CHUNK_ROWS - 1);
  c.member[i] = row.member;
  c.dept[i] = row.dept;
  c.len[i] = row.len;
  c.tabled[i] = dayOf(row.tabled);
  c.due[i] = row.due === null ? 0 : dayOf(row.due);
  c.status[i] = codes.status.indexOf(row.status) + 1;
  c.house[i] = codes.house.indexOf(row.house) + 1;
}

/** Whether row `i` of a chunk passes. */
export type AttrTest = (c: AttrChunk, i: number) => boolean;

/**
 * The filters' test on a row's columns, and whether it decides them all
 * (`complete`; otherwise a row passing it must still pass the SQL check).
 * Mirrors questionConditions (search-conditions-sqlite.ts) condition by
 * condition; an integration test compares the two on random filters.
 */
export function attrTest(filters: SearchSqlFilters, codes: AttrCodes, today: Date = new Date()): { test: AttrTest; complete: boolean } {
  const tests: AttrTest[] = [];
  let complete = true;
  const todayDay = dayOf(utcMidnight(today));
  const code = (list: string[], value: string) => list.indexOf(value) + 1; // 0 (no row has it) when the build had no such value
  const overdue = overdueTest(codes, todayDay);
  if (filters.memberId !== undefined) {
    const id = filters.memberId;
    tests.push((c, i) => c.member[i] === id);
  }
  if (filters.answeringBodyId !== undefined) {
    const id = filters.answeringBodyId;
    tests.push((c, i) => c.dept[i] === id);
  }
  if (filters.from || filters.to) tests.push(dayRange(filters.from, filters.to));
  if (filters.status === "OVERDUE") tests.push(overdue);
  else if (filters.status) {
    const s = code(codes.status, filters.status);
    tests.push((c, i) => c.status[i] === s && s !== 0);
  }
  if (filters.hasUnresolvedFigures || filters.excludeFts) complete = false;
  for (const field of filters.fields ?? []) {
    const t = fieldTest(field, codes, overdue);
    if (!t) {
      complete = false;
      continue;
    }
    tests.push(field.negate ? (c, i) => !t(c, i) : t);
  }
  // Rows with no question (gaps in the ids) have no day tabled: none passes.
  const exists: AttrTest = (c, i) => c.tabled[i] !== 0;
  return { test: (c, i) => exists(c, i) && tests.every((t) => t(c, i)), complete };
}

function dayRange(from: Date | undefined, to: Date | undefined): AttrTest {
  const lo = from ? dayOf(utcMidnight(from)) : -Infinity;
  const hi = to ? dayOf(utcMidnight(to)) : Infinity;
  return (c, i) => c.tabled[i]! >= lo && c.tabled[i]! <= hi;
}

/** isOverdue's rule: unanswered (tabled or holding) and due before today. */
function overdueTest(codes: AttrCodes, todayDay: number): AttrTest {
  const open = new Set([codes.status.indexOf("TABLED") + 1, codes.status.indexOf("HOLDING") + 1].filter((s) => s > 0));
  return (c, i) => open.has(c.status[i]!) && c.due[i] !== 0 && c.due[i]! < todayDay;
}

function fieldTest(f: SqlFieldFilter, codes: AttrCodes, overdue: AttrTest): AttrTest | null {
  switch (f.field) {
    case "member": {
      const ids = new Set(f.ids);
      return (c, i) => ids.has(c.member[i]!);
    }
    case "dept": {
      const ids = new Set(f.ids);
      return (c, i) => ids.has(c.dept[i]!);
    }
    case "status": {
      const stored = new Set(f.statuses.filter((s) => s !== "OVERDUE").map((s) => codes.status.indexOf(s) + 1).filter((s) => s > 0));
      const withOverdue = f.statuses.includes("OVERDUE");
      return (c, i) => stored.has(c.status[i]!) || (withOverdue && overdue(c, i));
    }
    case "house": {
      const hs = new Set(f.houses.map((h) => codes.house.indexOf(h) + 1).filter((h) => h > 0));
      return (c, i) => hs.has(c.house[i]!);
    }
    case "date": {
      const ranges = f.ranges.map((r) => dayRange(r.from, r.to));
      return (c, i) => ranges.some((t) => t(c, i));
    }
    case "uin":
    case "has":
    case "nonanswer":
      return null;
  }
}
