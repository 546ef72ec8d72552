import type { AnswerKind, FigureStatus, FollowUpKind, House, QuestionStatus } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/db";
import { startOfDayUtc } from "@/lib/dates";
import { TIMELINE_KIND_RANK, type TimelineCursor, type TimelineEventKind, type TimelineOrder } from "@/lib/domain/timeline";
import type { TimelineFilters, TimelineScope } from "@/lib/data/timeline-keyset";

/**
 * The SQLite half of timelines: which events come next after a cursor, as
 * (kind, day, id) keys, and the counts above a timeline. Every statement is
 * shaped so that SQLite walks indexes (see timeline-plans.int.test.ts, which
 * fails when a plan regresses); lib/data/timeline-sources.ts then loads the
 * events of one page by id.
 *
 * Why keys first: a member's answers are ordered by the date answered, which
 * lives on Answer while the member lives on Question, so no single index holds
 * "this member's answers by date". Instead the question source (index-ordered)
 * bounds the page: its (limit + 1)th question is at or beyond the page's last
 * event, so the other sources only look at the days up to it. Answers in that
 * window are found either by walking every answer of the window (dense scopes:
 * busy members, big departments) or by sorting the scope's own answers (sparse
 * scopes), whichever reads fewer index entries.
 */

export type EventKey = { kind: TimelineEventKind; date: string; id: number; key: string };

type Sql = { sql: string; params: unknown[] };

const DAY_MS = 86_400_000;
const nextDay = (d: Date) => new Date(startOfDayUtc(d).getTime() + DAY_MS);
const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);

function join(parts: readonly Sql[], sep = " AND "): Sql {
  const live = parts.filter((p) => p.sql);
  return { sql: live.map((p) => `(${p.sql})`).join(sep) || "1", params: live.flatMap((p) => p.params) };
}

/**
 * The questions in scope, as conditions on alias `q`. `probe` prefixes the
 * columns with "+" so that SQLite reaches the row by its id (from an answer)
 * instead of walking the scope's index for every answer it checks.
 */
function scopeSql(scope: TimelineScope, filters: TimelineFilters, today: Date, probe = false): Sql {
  const col = (name: string) => `${probe ? "+" : ""}q."${name}"`;
  // Only the scope's own column may pick the index: "+" keeps SQLite from
  // walking a whole department for a member's questions to it, or every
  // overdue question in Parliament (Question_status_dateForAnswer_dateTabled_id_idx) for one member's.
  const off = (name: string) => `+q."${name}"`;
  const parts: Sql[] = [{ sql: `${col(scope.kind === "member" ? "askingMemberId" : "answeringBodyId")} = ?`, params: [scope.id] }];
  if (filters.answeringBodyId !== undefined) parts.push({ sql: `${scope.kind === "member" ? off("answeringBodyId") : col("answeringBodyId")} = ?`, params: [filters.answeringBodyId] });
  if (filters.status === "OVERDUE") {
    // As lib/data/questions.ts questionWhere: not answered, and due before today.
    parts.push({ sql: `${col("status")} IN ('TABLED', 'HOLDING') AND ${off("dateForAnswer")} < ?`, params: [startOfDayUtc(today)] });
  } else if (filters.status) {
    parts.push({ sql: `${col("status")} = ?`, params: [filters.status] });
  }
  return join(parts);
}

/** A half-open window of event dates, [lo, hi). */
export type DateWindow = { lo?: Date; hi?: Date };

function windowSql(column: string, w: DateWindow): Sql {
  const parts: Sql[] = [];
  if (w.lo) parts.push({ sql: `${column} >= ?`, params: [w.lo] });
  if (w.hi) parts.push({ sql: `${column} < ?`, params: [w.hi] });
  return join(parts);
}

/** The filter's days (to is inclusive) narrowed to the part of the timeline after the cursor. */
export function eventWindow(filters: TimelineFilters, cursor: TimelineCursor | null, order: TimelineOrder): DateWindow {
  let lo = filters.from ? startOfDayUtc(filters.from) : undefined;
  let hi = filters.to ? nextDay(filters.to) : undefined;
  if (cursor) {
    const day = dayStart(cursor.date);
    if (order === "desc") hi = !hi || nextDay(day) < hi ? nextDay(day) : hi;
    else lo = !lo || day > lo ? day : lo;
  }
  return { lo, hi };
}

/** The window cut at the page bound: the day of the question source's (limit + 1)th event. */
function boundedWindow(w: DateWindow, bound: string | null, order: TimelineOrder): DateWindow {
  if (!bound) return w;
  const day = dayStart(bound);
  if (order === "desc") return { ...w, lo: !w.lo || day > w.lo ? day : w.lo };
  const end = nextDay(day);
  return { ...w, hi: !w.hi || end < w.hi ? end : w.hi };
}

/**
 * Rows strictly after the cursor in timeline order, for a row whose event date
 * is `date`, kind rank `rank` (an SQL expression) and id `id`. The leading
 * date comparison is one an index range can use.
 */
function afterCursorSql(date: string, rank: string, id: string, cursor: TimelineCursor | null, order: TimelineOrder): Sql {
  if (!cursor) return { sql: "", params: [] };
  const day = dayStart(cursor.date);
  const next = nextDay(day);
  return order === "desc"
    ? { sql: `${date} < ? AND (${date} < ? OR ${rank} < ? OR (${rank} = ? AND ${id} < ?))`, params: [next, day, cursor.rank, cursor.rank, cursor.id] }
    : { sql: `${date} >= ? AND (${date} >= ? OR ${rank} > ? OR (${rank} = ? AND ${id} > ?))`, params: [day, next, cursor.rank, cursor.rank, cursor.id] };
}

export type KeyQuery = {
  scope: TimelineScope;
  filters: TimelineFilters;
  cursor: TimelineCursor | null;
  order: TimelineOrder;
  take: number;
  today?: Date;
};

type KeyRow = { t: string; id: number | bigint; day: string };

const KIND_OF_ROW: Record<string, TimelineEventKind> = {
  Q: "QUESTION_TABLED",
  F: "FOLLOW_UP_TABLED",
  HOLDING: "HOLDING_ANSWER",
  SUBSTANTIVE: "ANSWER_RECEIVED",
  CORRECTION: "ANSWER_CORRECTED",
  L: "FIGURE_LEFT_UNRESOLVED",
  R: "FIGURE_RESOLVED",
};

function toKeys(rows: KeyRow[]): EventKey[] {
  return rows.map((r) => {
    const kind = KIND_OF_ROW[r.t];
    if (!kind) throw new Error(`Unknown timeline row type ${r.t}`);
    const id = Number(r.id);
    return { kind, date: r.day, id, key: `${kind}:${id}` };
  });
}

const dir = (order: TimelineOrder) => (order === "desc" ? "DESC" : "ASC");

/** Questions tabled, in timeline order: a walk of the scope's (status, ) date index. */
export function questionKeysSql(q: KeyQuery): Sql {
  const w = eventWindow(q.filters, q.cursor, q.order);
  const where = join([
    scopeSql(q.scope, q.filters, q.today ?? new Date()),
    windowSql(`q."dateTabled"`, w),
    afterCursorSql(`q."dateTabled"`, String(TIMELINE_KIND_RANK.QUESTION_TABLED), `q."id"`, q.cursor, q.order),
  ]);
  // Overdue questions are few and under two statuses: sorting them beats walking
  // the scope's whole history in date order to find them ("+" unties the order from the index).
  const orderBy = q.filters.status === "OVERDUE" ? `+q."dateTabled"` : `q."dateTabled"`;
  return {
    sql: `SELECT 'Q' AS "t", q."id" AS "id", substr(q."dateTabled", 1, 10) AS "day" FROM "Question" q WHERE ${where.sql}
      ORDER BY ${orderBy} ${dir(q.order)}, q."id" ${dir(q.order)} LIMIT ?`,
    params: [...where.params, q.take],
  };
}

export async function questionKeys(tx: DbOrTx, q: KeyQuery): Promise<EventKey[]> {
  const s = questionKeysSql(q);
  return toKeys(await tx.$queryRawUnsafe<KeyRow[]>(s.sql, ...s.params));
}

/** Accepted follow-ups, dated by the later question: the scope's questions within the page bound. */
export function followUpKeysSql(q: KeyQuery, bound: string | null): Sql {
  const w = boundedWindow(eventWindow(q.filters, q.cursor, q.order), bound, q.order);
  const where = join([
    scopeSql(q.scope, q.filters, q.today ?? new Date()),
    { sql: `f."reviewState" = 'ACCEPTED'`, params: [] },
    windowSql(`q."dateTabled"`, w),
    afterCursorSql(`q."dateTabled"`, String(TIMELINE_KIND_RANK.FOLLOW_UP_TABLED), `f."id"`, q.cursor, q.order),
  ]);
  return {
    sql: `SELECT 'F' AS "t", f."id" AS "id", substr(q."dateTabled", 1, 10) AS "day"
      FROM "Question" q CROSS JOIN "FollowUp" f ON f."toQuestionId" = q."id" WHERE ${where.sql}
      ORDER BY q."dateTabled" ${dir(q.order)}, f."id" ${dir(q.order)} LIMIT ?`,
    params: [...where.params, q.take],
  };
}

export async function followUpKeys(tx: DbOrTx, q: KeyQuery, bound: string | null): Promise<EventKey[]> {
  const s = followUpKeysSql(q, bound);
  return toKeys(await tx.$queryRawUnsafe<KeyRow[]>(s.sql, ...s.params));
}

const ANSWER_RANK = `(CASE w."kind" WHEN 'HOLDING' THEN ${TIMELINE_KIND_RANK.HOLDING_ANSWER} WHEN 'SUBSTANTIVE' THEN ${TIMELINE_KIND_RANK.ANSWER_RECEIVED} ELSE ${TIMELINE_KIND_RANK.ANSWER_CORRECTED} END)`;
const LEFT_RANK = String(TIMELINE_KIND_RANK.FIGURE_LEFT_UNRESOLVED);
const RESOLVED_RANK = String(TIMELINE_KIND_RANK.FIGURE_RESOLVED);
/** Figures an answer left open; resolved ones count too, since they were open once (as timeline-sources.ts). */
const LEFT_OPEN = `('UNRESOLVED', 'DECLINED', 'RESOLVED')`;

/** "walk": every answer of the date window, each checked against the scope; "sort": the scope's answers, sorted. */
export type AnswerStrategy = "walk" | "sort";

/** Above this many answers in the window, walking it is never chosen. */
const WALK_CAP = 20_000;
/**
 * A scope question costs about this many window answers: sorting reaches each
 * question's answers through two index look-ups, walking checks each answer
 * through one index and the question's row (measured at 1M questions).
 */
const SORT_COST_PER_QUESTION = 2.5;

/**
 * The scope's questions that can have an answer in the window: answered on
 * or after its first day (Question.lastAnsweredAt, kept by triggers). A
 * member's first page then reaches the few questions answered in its days,
 * not all of the member's questions (72,000 for the busiest of a 1M corpus,
 * who stopped asking 17 months before the capture: 107 ms → under 1 ms).
 */
function answeredScopeSql(q: KeyQuery, w: DateWindow): Sql {
  const scope = scopeSql(q.scope, q.filters, q.today ?? new Date());
  return w.lo ? join([scope, { sql: `q."lastAnsweredAt" >= ?`, params: [w.lo] }]) : scope;
}

/**
 * Picks the cheaper way to find the answers of a window, from two capped
 * counts: the scope's questions answered in the window first, then the
 * window's answers only up to the number that would make walking cheaper
 * (counting 20,000 answers to learn that 50 questions are cheaper cost more
 * than the page).
 */
export async function chooseAnswerStrategy(tx: DbOrTx, q: KeyQuery, w: DateWindow): Promise<AnswerStrategy> {
  if (!w.lo && !w.hi) return "sort";
  const scope = answeredScopeSql(q, w);
  const scopeCap = Math.ceil(WALK_CAP / SORT_COST_PER_QUESTION) + 1;
  const [s] = await tx.$queryRawUnsafe<{ n: number | bigint }[]>(
    `SELECT count(*) AS "n" FROM (SELECT 1 FROM "Question" q WHERE ${scope.sql} LIMIT ?)`,
    ...scope.params,
    scopeCap,
  );
  const sortCost = Number(s?.n ?? scopeCap) * SORT_COST_PER_QUESTION;
  const walkCap = Math.min(WALK_CAP, Math.ceil(sortCost));
  if (walkCap === 0) return "sort";
  const win = windowSql(`a."dateAnswered"`, w);
  const [r] = await tx.$queryRawUnsafe<{ n: number | bigint }[]>(
    `SELECT count(*) AS "n" FROM (SELECT 1 FROM "Answer" a WHERE ${win.sql} LIMIT ?)`,
    ...win.params,
    walkCap,
  );
  const walk = Number(r?.n ?? walkCap);
  return walk < walkCap && sortCost > walk ? "walk" : "sort";
}

/**
 * Answers (all three kinds), figures left open and figures resolved: the events
 * dated by an answer. A figure is resolved in scope when the answer that
 * resolved it, or the one that left it open, is in scope.
 */
export function answerKeysSql(q: KeyQuery, bound: string | null, strategy: AnswerStrategy): Sql {
  const today = q.today ?? new Date();
  const w = boundedWindow(eventWindow(q.filters, q.cursor, q.order), bound, q.order);
  const after = (rank: string, id: string, date = `w."d"`) => afterCursorSql(date, rank, id, q.cursor, q.order);
  const probe = (answerId: string) => {
    const s = scopeSql(q.scope, q.filters, today, true);
    return {
      sql: `EXISTS (SELECT 1 FROM "AnswerQuestion" aq CROSS JOIN "Question" q WHERE aq."answerId" = ${answerId} AND q."id" = aq."questionId" AND ${s.sql})`,
      params: s.params,
    };
  };
  const ctes: Sql[] = [];
  const branches: Sql[] = [];
  const answers = (extra: Sql): Sql => {
    const a = after(ANSWER_RANK, `w."id"`);
    const where = join([extra, a]);
    return { sql: `SELECT w."kind" AS "t", w."id" AS "id", substr(w."d", 1, 10) AS "day", ${ANSWER_RANK} AS "r" FROM "w" WHERE ${where.sql}`, params: where.params };
  };
  const leftOpen = (extra: Sql): Sql => {
    const where = join([extra, { sql: `+f."status" IN ${LEFT_OPEN} AND +f."reviewState" = 'ACCEPTED'`, params: [] }, after(LEFT_RANK, `f."id"`)]);
    return {
      sql: `SELECT 'L' AS "t", f."id" AS "id", substr(w."d", 1, 10) AS "day", ${LEFT_RANK} AS "r" FROM "w" CROSS JOIN "Figure" f ON f."sourceAnswerId" = w."id" WHERE ${where.sql}`,
      params: where.params,
    };
  };
  const resolvedBy = (extra: Sql): Sql => {
    const where = join([extra, { sql: `+f."reviewState" = 'ACCEPTED'`, params: [] }, after(RESOLVED_RANK, `f."id"`)]);
    return {
      sql: `SELECT 'R' AS "t", f."id" AS "id", substr(w."d", 1, 10) AS "day", ${RESOLVED_RANK} AS "r" FROM "w" CROSS JOIN "Figure" f ON f."resolvedByAnswerId" = w."id" WHERE ${where.sql}`,
      params: where.params,
    };
  };

  if (strategy === "walk") {
    const win = windowSql(`a."dateAnswered"`, w);
    const inScope = probe(`a."id"`);
    ctes.push({
      sql: `"w" AS MATERIALIZED (SELECT a."id" AS "id", a."kind" AS "kind", a."dateAnswered" AS "d", ${inScope.sql} AS "inScope" FROM "Answer" a WHERE ${win.sql})`,
      params: [...inScope.params, ...win.params],
    });
    const mine: Sql = { sql: `w."inScope"`, params: [] };
    branches.push(answers(mine), leftOpen(mine));
    const sourceInScope = probe(`f."sourceAnswerId"`);
    branches.push(resolvedBy({ sql: `w."inScope" OR ${sourceInScope.sql}`, params: sourceInScope.params }));
  } else {
    const scope = answeredScopeSql(q, w);
    const win = windowSql(`a."dateAnswered"`, w);
    ctes.push(
      {
        sql: `"sa" AS MATERIALIZED (SELECT DISTINCT aq."answerId" AS "id" FROM "Question" q JOIN "AnswerQuestion" aq ON aq."questionId" = q."id" WHERE ${scope.sql})`,
        params: scope.params,
      },
      {
        // The covering index: the answer rows themselves (texts) are large and scattered.
        sql: `"w" AS MATERIALIZED (SELECT a."id" AS "id", a."kind" AS "kind", a."dateAnswered" AS "d" FROM "sa" JOIN "Answer" a INDEXED BY "Answer_id_kind_dateAnswered_idx" ON a."id" = "sa"."id" WHERE ${win.sql})`,
        params: win.params,
      },
    );
    const none: Sql = { sql: "", params: [] };
    branches.push(answers(none), leftOpen(none), resolvedBy(none));
    // Left open in scope, resolved by an answer outside it: dated by the resolving answer. Found
    // from the resolved figures (few), not from "sa": the question that left a figure open may
    // have been last answered long before the window.
    const rwin = windowSql(`ra."dateAnswered"`, w);
    const sourceInScope = probe(`f."sourceAnswerId"`);
    const where = join([
      // "> 0" (ids are positive) walks the index; IS NOT NULL would scan the table.
      { sql: `f."resolvedByAnswerId" > 0 AND +f."reviewState" = 'ACCEPTED'`, params: [] },
      rwin,
      after(RESOLVED_RANK, `f."id"`, `ra."dateAnswered"`),
      sourceInScope,
    ]);
    branches.push({
      sql: `SELECT 'R' AS "t", f."id" AS "id", substr(ra."dateAnswered", 1, 10) AS "day", ${RESOLVED_RANK} AS "r"
        FROM "Figure" f CROSS JOIN "Answer" ra ON ra."id" = f."resolvedByAnswerId" WHERE ${where.sql}`,
      params: where.params,
    });
  }
  const d = dir(q.order);
  return {
    // UNION, not UNION ALL: a figure both left open and resolved in scope comes from two branches.
    sql: `WITH ${ctes.map((c) => c.sql).join(", ")} SELECT "t", "id", "day" FROM (${branches.map((b) => b.sql).join(" UNION ")})
      ORDER BY "day" ${d}, "r" ${d}, "id" ${d} LIMIT ?`,
    params: [...ctes.flatMap((c) => c.params), ...branches.flatMap((b) => b.params), q.take],
  };
}

/** The days an answer-dated source looks at: after the cursor, within the filter, up to the page bound. */
export function answerWindow(q: KeyQuery, bound: string | null): DateWindow {
  return boundedWindow(eventWindow(q.filters, q.cursor, q.order), bound, q.order);
}

export async function answerKeys(tx: DbOrTx, q: KeyQuery, bound: string | null, strategy?: AnswerStrategy): Promise<EventKey[]> {
  strategy ??= await chooseAnswerStrategy(tx, q, answerWindow(q, bound));
  const s = answerKeysSql(q, bound, strategy);
  return toKeys(await tx.$queryRawUnsafe<KeyRow[]>(s.sql, ...s.params));
}

// ---------------------------------------------------------------------------
// Counts

export type RawTimelineCounts = {
  byStatus: Map<string, number>;
  overdue: number;
  followUps: number;
  answers: number;
  answersWithNonAnswer: number;
  figuresUnresolved: number;
  figuresResolved: number;
};

/**
 * Every number above a timeline in one statement. Each count walks the scope's
 * own entries in indexes (questions by status, their answers, follow-ups,
 * non-answers, figures), never a whole table: it costs in proportion to the
 * member's or department's history.
 */
export function timelineCountsSql(scope: TimelineScope, filters: TimelineFilters, today = new Date()): Sql {
  const s = scopeSql(scope, filters, today);
  const w: DateWindow = { lo: filters.from ? startOfDayUtc(filters.from) : undefined, hi: filters.to ? nextDay(filters.to) : undefined };
  const tabled = windowSql(`q."dateTabled"`, w);
  const qWhere = join([s, tabled]);
  const answered = (col: string) => windowSql(col, w);
  const aw = answered(`w."d"`);
  const rw = answered(`ra."dateAnswered"`);
  const parts: Sql[] = [
    { sql: `WITH "sa" AS MATERIALIZED (SELECT DISTINCT aq."answerId" AS "id" FROM "Question" q JOIN "AnswerQuestion" aq ON aq."questionId" = q."id" WHERE ${s.sql}),`, params: s.params },
    // The date answered matters only to a date filter; without one the answers are not read at all.
    w.lo || w.hi
      ? { sql: `"w" AS MATERIALIZED (SELECT a."id" AS "id", a."dateAnswered" AS "d" FROM "sa" JOIN "Answer" a INDEXED BY "Answer_id_kind_dateAnswered_idx" ON a."id" = "sa"."id")`, params: [] }
      : { sql: `"w" AS (SELECT "sa"."id" AS "id", NULL AS "d" FROM "sa")`, params: [] },
    { sql: `SELECT 'status:' || q."status" AS "k", count(*) AS "n" FROM "Question" q WHERE ${qWhere.sql} GROUP BY q."status"`, params: qWhere.params },
    {
      sql: `UNION ALL SELECT 'overdue', count(*) FROM "Question" q WHERE ${qWhere.sql} AND q."status" IN ('TABLED', 'HOLDING') AND +q."dateForAnswer" < ?`,
      params: [...qWhere.params, startOfDayUtc(today)],
    },
    { sql: `UNION ALL SELECT 'followUps', count(*) FROM "Question" q CROSS JOIN "FollowUp" f ON f."toQuestionId" = q."id" WHERE ${qWhere.sql} AND f."reviewState" = 'ACCEPTED'`, params: qWhere.params },
    { sql: `UNION ALL SELECT 'answers', count(*) FROM "w" WHERE ${aw.sql}`, params: aw.params },
    { sql: `UNION ALL SELECT 'answersWithNonAnswer', count(*) FROM "w" WHERE ${aw.sql} AND EXISTS (SELECT 1 FROM "NonAnswer" n WHERE n."answerId" = w."id")`, params: aw.params },
    {
      sql: `UNION ALL SELECT 'figuresUnresolved', count(*) FROM "w" CROSS JOIN "Figure" f ON f."sourceAnswerId" = w."id" WHERE ${aw.sql} AND +f."status" IN ('UNRESOLVED', 'DECLINED') AND +f."reviewState" = 'ACCEPTED'`,
      params: aw.params,
    },
    {
      sql: `UNION ALL SELECT 'figuresResolved', count(*) FROM (
        SELECT f."id" FROM "w" CROSS JOIN "Figure" f ON f."resolvedByAnswerId" = w."id" WHERE ${aw.sql} AND +f."reviewState" = 'ACCEPTED'
        UNION SELECT f."id" FROM "w" CROSS JOIN "Figure" f ON f."sourceAnswerId" = w."id" CROSS JOIN "Answer" ra ON ra."id" = f."resolvedByAnswerId" WHERE ${rw.sql} AND +f."reviewState" = 'ACCEPTED')`,
      params: [...aw.params, ...rw.params],
    },
  ];
  return { sql: parts.map((p) => p.sql).join("\n"), params: parts.flatMap((p) => p.params) };
}

export async function timelineCounts(tx: DbOrTx, scope: TimelineScope, filters: TimelineFilters, today = new Date()): Promise<RawTimelineCounts> {
  const s = timelineCountsSql(scope, filters, today);
  const rows = await tx.$queryRawUnsafe<{ k: string; n: number | bigint }[]>(s.sql, ...s.params);
  const get = (k: string) => Number(rows.find((r) => r.k === k)?.n ?? 0);
  const byStatus = new Map<string, number>();
  for (const r of rows) if (r.k.startsWith("status:")) byStatus.set(r.k.slice(7), Number(r.n));
  return {
    byStatus,
    overdue: get("overdue"),
    followUps: get("followUps"),
    answers: get("answers"),
    answersWithNonAnswer: get("answersWithNonAnswer"),
    figuresUnresolved: get("figuresUnresolved"),
    figuresResolved: get("figuresResolved"),
  };
}

// ---------------------------------------------------------------------------
// Loading a page by id. Plain joins on primary keys, a statement per kind of
// row: Prisma's nested selects would take one statement per relation, which
// at a page of 50 costs more than finding the page.

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

export type QuestionRow = {
  id: number;
  house: House;
  uin: string;
  heading: string;
  dateTabled: Date;
  dateForAnswer: Date | null;
  status: QuestionStatus;
  askingMemberId: number;
  answeringBodyId: number;
  memberName: string;
  bodyName: string;
};

export async function questionRows(tx: DbOrTx, ids: readonly number[]): Promise<QuestionRow[]> {
  if (ids.length === 0) return [];
  return tx.$queryRawUnsafe<QuestionRow[]>(
    `SELECT q."id", q."house", q."uin", q."heading", q."dateTabled", q."dateForAnswer", q."status", q."askingMemberId", q."answeringBodyId",
       m."name" AS "memberName", b."name" AS "bodyName"
     FROM "Question" q JOIN "Member" m ON m."id" = q."askingMemberId" JOIN "AnsweringBody" b ON b."id" = q."answeringBodyId"
     WHERE q."id" IN (${placeholders(ids.length)})`,
    ...ids,
  );
}

export type AnswerRow = {
  id: number;
  kind: AnswerKind;
  dateAnswered: Date;
  dateIsApproximate: boolean;
  text: string;
  correctsAnswerId: number | null;
  answeringMemberId: number | null;
  answeringMemberName: string | null;
};

export async function answerRows(tx: DbOrTx, ids: readonly number[]): Promise<AnswerRow[]> {
  if (ids.length === 0) return [];
  return tx.$queryRawUnsafe<AnswerRow[]>(
    `SELECT a."id", a."kind", a."dateAnswered", a."dateIsApproximate", a."text", a."correctsAnswerId", a."answeringMemberId", m."name" AS "answeringMemberName"
     FROM "Answer" a LEFT JOIN "Member" m ON m."id" = a."answeringMemberId" WHERE a."id" IN (${placeholders(ids.length)})`,
    ...ids,
  );
}

/** When an answer was given, without its text. */
export async function answerDateRows(tx: DbOrTx, ids: readonly number[]): Promise<{ id: number; dateAnswered: Date; dateIsApproximate: boolean }[]> {
  if (ids.length === 0) return [];
  return tx.$queryRawUnsafe(`SELECT a."id", a."dateAnswered", a."dateIsApproximate" FROM "Answer" a WHERE a."id" IN (${placeholders(ids.length)})`, ...ids);
}

/** Every question each answer answers, in question id order. */
export async function answerLinkRows(tx: DbOrTx, answerIds: readonly number[]): Promise<(QuestionRow & { answerId: number })[]> {
  if (answerIds.length === 0) return [];
  return tx.$queryRawUnsafe(
    `SELECT aq."answerId", q."id", q."house", q."uin", q."heading", q."dateTabled", q."dateForAnswer", q."status", q."askingMemberId", q."answeringBodyId",
       m."name" AS "memberName", b."name" AS "bodyName"
     FROM "AnswerQuestion" aq CROSS JOIN "Question" q ON q."id" = aq."questionId" JOIN "Member" m ON m."id" = q."askingMemberId" JOIN "AnsweringBody" b ON b."id" = q."answeringBodyId"
     WHERE aq."answerId" IN (${placeholders(answerIds.length)}) ORDER BY aq."answerId", aq."questionId"`,
    ...answerIds,
  );
}

export type FollowUpRow = {
  id: number;
  kind: FollowUpKind;
  note: string | null;
  figureId: number | null;
  fromAnswerId: number | null;
  fromQuestionId: number | null;
  toQuestionId: number;
};

export async function followUpRows(tx: DbOrTx, ids: readonly number[]): Promise<FollowUpRow[]> {
  if (ids.length === 0) return [];
  return tx.$queryRawUnsafe(
    `SELECT f."id", f."kind", f."note", f."figureId", f."fromAnswerId", f."fromQuestionId", f."toQuestionId" FROM "FollowUp" f WHERE f."id" IN (${placeholders(ids.length)})`,
    ...ids,
  );
}

export type FigureRow = {
  id: number;
  measure: string;
  value: number | null;
  valueText: string | null;
  unit: string | null;
  status: FigureStatus;
  askedInQuestionId: number | null;
  sourceAnswerId: number | null;
  resolvedByAnswerId: number | null;
};

export async function figureRows(tx: DbOrTx, ids: readonly number[]): Promise<FigureRow[]> {
  if (ids.length === 0) return [];
  return tx.$queryRawUnsafe(
    `SELECT f."id", f."measure", f."value", f."valueText", f."unit", f."status", f."askedInQuestionId", f."sourceAnswerId", f."resolvedByAnswerId"
     FROM "Figure" f WHERE f."id" IN (${placeholders(ids.length)})`,
    ...ids,
  );
}
