import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";
import { sqliteReader } from "@/lib/data/sqlite-reader";
import { buildRankIndex } from "@/lib/data/rank-index-build-sqlite";
import { attrCheck } from "@/lib/data/rank-attrs-sqlite";
import { planFilter, rowCheck } from "@/lib/data/rank-filter-sqlite";
import { questionConditions, type SearchSqlFilters, type SqlFieldFilter } from "@/lib/data/search-conditions-sqlite";
import type { House, QuestionStatus } from "@/lib/generated/prisma/enums";

/**
 * The filterable columns kept in the rank index must let through exactly
 * the questions the filter's SQL does: on random filters of every kind, on a
 * fresh build (where the columns decide alone), and after questions are
 * moved, re-dated, answered, withdrawn, added and deleted (those rows then
 * go to SQL).
 */

let seed = 4242;
const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
const day = (s: string) => new Date(`${s}T00:00:00Z`);

const DAYS = ["2025-01-06", "2025-02-03", "2025-03-10", "2025-03-11", "2025-04-01", "2025-06-30"];
const STATUSES: QuestionStatus[] = ["TABLED", "HOLDING", "ANSWERED", "CORRECTED", "WITHDRAWN"];
const HOUSES: House[] = ["COMMONS", "LORDS"];
const TODAY = day("2025-03-12");

let members: number[] = [];
let bodies: number[] = [];
let ids: number[] = [];

async function scramble(id: number): Promise<void> {
  const tabled = day(pick(DAYS));
  await db.question.update({
    where: { id },
    data: {
      askingMemberId: pick(members),
      answeringBodyId: pick(bodies),
      dateTabled: tabled,
      // Due on some day around "today" (some on it), or never.
      dateForAnswer: rnd() < 0.2 ? null : new Date(tabled.getTime() + pick([0, 1, 2, 7, 60]) * 86_400_000),
      status: pick(STATUSES),
      house: pick(HOUSES),
    },
  });
}

function randomFilters(): SearchSqlFilters {
  const f: SearchSqlFilters = {};
  if (rnd() < 0.3) f.memberId = rnd() < 0.1 ? 999_999 : pick(members);
  if (rnd() < 0.3) f.answeringBodyId = pick(bodies);
  if (rnd() < 0.25) f.from = day(pick(DAYS));
  if (rnd() < 0.25) f.to = day(pick(DAYS));
  if (rnd() < 0.3) f.status = pick([...STATUSES, "OVERDUE"] as const);
  const fields: SqlFieldFilter[] = [];
  for (let k = Math.floor(rnd() * 3); k > 0; k--) {
    const negate = rnd() < 0.3;
    const r = rnd();
    if (r < 0.2) fields.push({ field: "member", ids: [pick(members), pick(members)], negate });
    else if (r < 0.4) fields.push({ field: "dept", ids: [pick(bodies)], negate });
    else if (r < 0.6) fields.push({ field: "status", statuses: [pick([...STATUSES, "OVERDUE"] as const), pick(STATUSES)], negate });
    else if (r < 0.7) fields.push({ field: "house", houses: [pick(HOUSES)], negate });
    else if (r < 0.9) fields.push({ field: "date", ranges: [{ from: rnd() < 0.5 ? day(pick(DAYS)) : undefined, to: rnd() < 0.5 ? day(pick(DAYS)) : undefined }, { from: day(pick(DAYS)), to: day(pick(DAYS)) }], negate });
    else fields.push({ field: "has", has: "unresolved", negate });
  }
  if (fields.length) f.fields = fields;
  return f;
}

/** The questions of `ids` the filter's SQL lets through. */
function bySql(filters: SearchSqlFilters): number[] {
  const cond = questionConditions({ ftsQuery: null, filters, today: TODAY });
  return sqliteReader()
    .all<{ id: number }>(`SELECT q."id" AS "id" FROM json_each(?) j JOIN "Question" q ON q."id" = j.value WHERE ${cond.sql || "1"}`, [JSON.stringify(ids), ...cond.params])
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

/** The same through the ranking's per-row check (columns, then SQL for what they leave undecided). */
function byPlan(filters: SearchSqlFilters): { passed: number[]; undecided: number; complete: boolean } {
  const reader = sqliteReader();
  return reader.snapshot(() => {
    const changed = new Set(reader.statement(`SELECT "rowid" FROM "search_dirty"`).pluck().all() as number[]);
    const cond = questionConditions({ ftsQuery: null, filters, today: TODAY });
    const check = attrCheck(reader, filters, changed, TODAY)!;
    const { passing } = rowCheck(reader, cond.sql ? cond : { sql: "1", params: [] }, { filters, today: TODAY }, changed);
    return { passed: passing(ids).sort((a, b) => a - b), undecided: check.split(ids).undecided.length, complete: check.complete };
  });
}

function rebuild(): void {
  const conn = new Database(env.DATABASE_URL.replace(/^file:/, ""));
  try {
    buildRankIndex(conn);
  } finally {
    conn.close();
  }
}

describe("the rank index's filterable columns", () => {
  beforeAll(async () => {
    members = [(await makeMember({})).id, (await makeMember({})).id, (await makeMember({ house: "LORDS" })).id];
    bodies = [(await makeBody({})).id, (await makeBody({})).id, (await makeBody({})).id];
    ids = [];
    for (let i = 0; i < 150; i++) ids.push((await makeQuestion({ askingMemberId: members[0], answeringBodyId: bodies[0], heading: `Filter columns ${i}` })).id);
    for (const id of ids) await scramble(id);
    rebuild();
  }, 60_000);

  it("decide every filter they can exactly as its SQL does, with no question looked up", () => {
    let decided = 0;
    let nonEmpty = 0;
    for (let i = 0; i < 400; i++) {
      const filters = randomFilters();
      const want = bySql(filters);
      const got = byPlan(filters);
      expect({ filters, ids: got.passed }).toEqual({ filters, ids: want });
      if (got.complete) {
        // Nothing changed since the build: the columns alone decided every row.
        expect(got.undecided).toBe(0);
        decided++;
        if (want.length > 0 && want.length < ids.length) nonEmpty++;
      }
    }
    // The random filters are mostly ones the columns decide, and they pick some rows, not none or all.
    expect(decided).toBeGreaterThan(300);
    expect(nonEmpty).toBeGreaterThan(150);
  });

  it("let the ranking plan a filter they decide without asking whether to gather it, scoring its questions one by one only when few against the words' rows", () => {
    const reader = sqliteReader();
    const filters: SearchSqlFilters = { memberId: members[1] };
    const cond = questionConditions({ ftsQuery: null, filters, today: TODAY });
    const want = bySql(filters);
    expect(want.length).toBeGreaterThan(10);
    const asked: string[] = [];
    const plan = (matchRows: number, f: SearchSqlFilters = filters, c = cond) =>
      reader.snapshot(() => planFilter(reader, c, 1_000_000, { filters: f, today: TODAY, matchRows, filterFirst: () => (asked.push(JSON.stringify(f)), false) })!);

    // A word in many rows: the member's few questions are scored one by one.
    expect([...plan(1_000_000).direct!].sort((a, b) => a - b)).toEqual(want);
    // A word in fewer than 8 rows per question of the filter: its list is read, each row checked on the columns.
    const perRow = plan(want.length * 8 - 1);
    expect(perRow.direct).toBeNull();
    expect(perRow.cheap).toBe(true);
    expect(perRow.passing!(ids).sort((a, b) => a - b)).toEqual(want);
    expect(asked).toEqual([]);

    // A filter the columns cannot decide (open figures) still asks.
    const open: SearchSqlFilters = { ...filters, fields: [{ field: "has", has: "unresolved", negate: false }] };
    const openPlan = plan(1_000_000, open, questionConditions({ ftsQuery: null, filters: open, today: TODAY }));
    expect(openPlan.cheap).toBe(false);
    expect(asked).toEqual([JSON.stringify(open)]);
  });

  it("mark a question changed when a filtered column really changes, and stay right for it in SQL", async () => {
    const reader = sqliteReader();
    const dirty = () => new Set(reader.statement(`SELECT "rowid" FROM "search_dirty"`).pluck().all() as number[]);
    // Rewriting a row with the values it has (as an import does) marks nothing.
    const same = await db.question.findUniqueOrThrow({ where: { id: ids[0]! } });
    await db.question.update({ where: { id: same.id }, data: { status: same.status, answeringBodyId: same.answeringBodyId, dateTabled: same.dateTabled } });
    expect(dirty().has(same.id)).toBe(false);
    const moved = ids.slice(1, 40);
    for (const id of moved) await scramble(id);
    // Each really changed row is marked (scramble may redraw a row's own values: most change).
    const marked = dirty();
    expect(moved.filter((id) => marked.has(id)).length).toBeGreaterThan(30);
    for (const id of ids.slice(40, 50)) await db.question.delete({ where: { id } });
    for (let i = 0; i < 10; i++) {
      const id = (await makeQuestion({ askingMemberId: members[1], answeringBodyId: bodies[2], heading: `Filter columns new ${i}` })).id;
      await scramble(id);
      ids.push(id);
    }
    for (let i = 0; i < 300; i++) {
      const filters = randomFilters();
      expect({ filters, ids: byPlan(filters).passed }).toEqual({ filters, ids: bySql(filters) });
    }
    // A rebuild takes the changes into the columns again.
    rebuild();
    for (let i = 0; i < 100; i++) {
      const filters = randomFilters();
      const got = byPlan(filters);
      expect({ filters, ids: got.passed }).toEqual({ filters, ids: bySql(filters) });
      if (got.complete) expect(got.undecided).toBe(0);
    }
  });
});
