import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";
import { createFigure } from "@/lib/data/figures";
import { createFollowUp } from "@/lib/data/follow-ups";
import {
  answerKeysSql,
  followUpKeysSql,
  questionKeysSql,
  timelineCountsSql,
  type AnswerStrategy,
  type EventKey,
  type KeyQuery,
} from "@/lib/data/timeline-sqlite";
import type { TimelineFilters, TimelineScope } from "@/lib/data/timeline-keyset";
import { compareEventsAsc, type TimelineCursor, type TimelineOrder } from "@/lib/domain/timeline";

/**
 * The timeline statements must keep walking indexes at a million questions: a
 * plan that scans a table, sorts a whole history it should have walked, or
 * builds an automatic index fails here. SQLite plans without statistics (the
 * app never runs ANALYZE), so the plans on this small database are the ones a
 * large one gets.
 */

type Sql = { sql: string; params: unknown[] };

async function plan(s: Sql): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${s.sql}`, ...s.params);
  return rows.map((r) => r.detail);
}

/** Only the statement's own CTEs and subqueries may be scanned; tables are always searched through an index. */
function expectNoTableScan(lines: string[]) {
  for (const line of lines) {
    if (line.startsWith("SCAN ")) expect(line, lines.join("\n")).toMatch(/^SCAN (sa|w|\(subquery-\d+\))$/);
    expect(line, lines.join("\n")).not.toContain("AUTOMATIC");
  }
}

const scopes: TimelineScope[] = [
  { kind: "member", id: 1 },
  { kind: "department", id: 1 },
];
const filterSets: TimelineFilters[] = [{}, { status: "ANSWERED" }, { answeringBodyId: 2 }, { from: new Date("2024-01-01"), to: new Date("2024-12-31") }];
const cursor: TimelineCursor = { date: "2025-06-02", rank: 3, id: 5000 };

function queries(): { label: string; q: KeyQuery }[] {
  const out: { label: string; q: KeyQuery }[] = [];
  for (const scope of scopes)
    for (const filters of filterSets)
      for (const order of ["desc", "asc"] as const)
        for (const c of [null, cursor]) out.push({ label: `${scope.kind} ${JSON.stringify(filters)} ${order} ${c ? "deep" : "first"}`, q: { scope, filters, cursor: c, order, take: 51 } });
  return out;
}

const column = (scope: TimelineScope) => (scope.kind === "member" ? "askingMemberId" : "answeringBodyId");

describe("timeline query plans", () => {
  it("pages questions down the scope's date index, first page and deep, with no sort", async () => {
    for (const { label, q } of queries()) {
      const lines = await plan(questionKeysSql(q));
      expectNoTableScan(lines);
      const index = q.filters.status ? `Question_${column(q.scope)}_status_dateTabled_id_dateForAnswer_idx` : `Question_${column(q.scope)}_dateTabled_id_idx`;
      expect(lines.join("\n"), label).toMatch(new RegExp(`SEARCH q USING (COVERING )?INDEX ${index}`));
      expect(lines.join("\n"), label).not.toContain("TEMP B-TREE");
    }
  });

  it("reads overdue questions by status, sorting only those", async () => {
    const lines = await plan(questionKeysSql({ scope: { kind: "member", id: 1 }, filters: { status: "OVERDUE" }, cursor: null, order: "desc", take: 51 }));
    expectNoTableScan(lines);
    expect(lines.join("\n")).toContain("USING COVERING INDEX Question_askingMemberId_status_dateTabled_id_dateForAnswer_idx (askingMemberId=? AND status=?)");
  });

  it("finds follow-ups through the scope's questions within the page bound", async () => {
    for (const { label, q } of queries()) {
      const lines = await plan(followUpKeysSql(q, q.order === "desc" ? "2025-05-01" : "2025-07-01"));
      expectNoTableScan(lines);
      const text = lines.join("\n");
      expect(text, label).toMatch(new RegExp(`SEARCH q USING (COVERING )?INDEX Question_${column(q.scope)}_\\w+ \\(${column(q.scope)}=\\?.*dateTabled[<>]\\?`));
      expect(text, label).toContain("SEARCH f USING COVERING INDEX FollowUp_toQuestionId_reviewState_idx (toQuestionId=? AND reviewState=?)");
    }
  });

  it("walks a window of answers by date, checking each against the scope by primary key", async () => {
    for (const { label, q } of queries()) {
      const lines = await plan(answerKeysSql(q, q.order === "desc" ? "2025-05-01" : "2025-07-01", "walk"));
      expectNoTableScan(lines);
      const text = lines.join("\n");
      expect(text, label).toMatch(/SEARCH a USING COVERING INDEX Answer_dateAnswered_id_kind_idx \(dateAnswered[<>]\?/);
      expect(text, label).toContain("SEARCH aq USING COVERING INDEX sqlite_autoindex_AnswerQuestion_1 (answerId=?)");
      expect(text, label).toContain("SEARCH q USING INTEGER PRIMARY KEY (rowid=?)");
      expect(text, label).toContain("SEARCH f USING INDEX Figure_sourceAnswerId_idx (sourceAnswerId=?)");
      expect(text, label).toContain("SEARCH f USING INDEX Figure_resolvedByAnswerId_idx (resolvedByAnswerId=?)");
    }
  });

  it("sorts a sparse scope's own answers from indexes alone", async () => {
    for (const { label, q } of queries()) {
      const lines = await plan(answerKeysSql(q, null, "sort"));
      expectNoTableScan(lines);
      const text = lines.join("\n");
      expect(text, label).toMatch(new RegExp(`SEARCH q USING (COVERING )?INDEX Question_${column(q.scope)}_\\w+ \\(${column(q.scope)}=\\?`));
      expect(text, label).toContain("SEARCH aq USING COVERING INDEX AnswerQuestion_questionId_answerId_idx (questionId=?)");
      expect(text, label).toContain("SEARCH a USING COVERING INDEX Answer_id_kind_dateAnswered_idx (id=?)");
    }
  });

  it("reaches only the questions answered within a newest-first page's days", async () => {
    for (const scope of scopes) {
      const lines = await plan(answerKeysSql({ scope, filters: {}, cursor: null, order: "desc", take: 51 }, "2025-06-02", "sort"));
      expectNoTableScan(lines);
      expect(lines.join("\n"), scope.kind).toContain(`SEARCH q USING COVERING INDEX Question_${column(scope)}_lastAnsweredAt_idx (${column(scope)}=? AND lastAnsweredAt>?)`);
    }
  });

  it("counts from the scope's index entries, never a table", async () => {
    for (const scope of scopes) {
      for (const filters of [...filterSets, { status: "OVERDUE" as const }]) {
        const lines = await plan(timelineCountsSql(scope, filters));
        expectNoTableScan(lines);
        const text = lines.join("\n");
        // A department filter on a member's counts reads each question's row; everything else is in the index.
        const covering = scope.kind === "member" && filters.answeringBodyId ? "" : "COVERING ";
        expect(text, JSON.stringify(filters)).toContain(`SEARCH q USING ${covering}INDEX Question_${column(scope)}_status_dateTabled_id_dateForAnswer_idx (${column(scope)}=?`);
        expect(text).not.toContain("Question_status_dateForAnswer");
      }
    }
  });
});

describe("both ways of finding answers", () => {
  let memberId: number;
  const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

  beforeAll(async () => {
    memberId = (await makeMember()).id;
    const other = (await makeMember()).id;
    const body = (await makeBody()).id;
    const days = ["2025-03-03", "2025-03-04", "2025-03-10", "2025-03-11", "2025-03-17"];
    const mine = [];
    let firstGrouped: number | undefined;
    for (const [i, d] of days.entries()) {
      const q1 = await makeQuestion({ askingMemberId: memberId, answeringBodyId: body, dateTabled: day(d) });
      const q2 = await makeQuestion({ askingMemberId: memberId, answeringBodyId: body, dateTabled: day(d) });
      const theirs = await makeQuestion({ askingMemberId: other, answeringBodyId: body, dateTabled: day(d) });
      const answered = day(days[Math.min(i + 1, days.length - 1)]!);
      await makeAnswer([q2.id], { kind: "HOLDING", dateAnswered: answered });
      const grouped = await makeAnswer([q1.id, q2.id], { dateAnswered: answered });
      const outside = await makeAnswer([theirs.id], { dateAnswered: answered });
      if (i % 2 === 0) await makeAnswer([q1.id], { kind: "CORRECTION", correctsAnswerId: grouped.id, dateAnswered: answered, html: "<p>Corrected.</p>" });
      await createFigure({ measure: `Open ${memberId}-${i}`, status: "UNRESOLVED", sourceAnswerId: grouped.id, askedInQuestionId: q1.id });
      // Left open to someone else, resolved by this member's answer; and the other way round.
      await createFigure({ measure: `Theirs ${memberId}-${i}`, status: "RESOLVED", valueText: "1", sourceAnswerId: outside.id, resolvedByAnswerId: grouped.id });
      await createFigure({ measure: `Mine ${memberId}-${i}`, status: "RESOLVED", valueText: "2", sourceAnswerId: grouped.id, resolvedByAnswerId: outside.id });
      mine.push(q1.id);
      firstGrouped ??= grouped.id;
      // Left open by this member's first answer (4 March), resolved by someone else's last one (17 March):
      // the question was last answered long before the resolution.
      if (i === days.length - 1) await createFigure({ measure: `Late ${memberId}`, status: "RESOLVED", valueText: "3", sourceAnswerId: firstGrouped, resolvedByAnswerId: outside.id });
      if (i > 0) await createFollowUp({ fromQuestionId: mine[i - 1]!, toQuestionId: q1.id, kind: "SAME_SUBJECT", createdBy: "test" });
    }
  });

  async function keys(q: KeyQuery, bound: string | null, strategy: AnswerStrategy): Promise<string[]> {
    const s = answerKeysSql(q, bound, strategy);
    const rows = await db.$queryRawUnsafe<{ t: string; id: number | bigint; day: string }[]>(s.sql, ...s.params);
    return rows.map((r) => `${r.t}:${Number(r.id)}:${r.day}`);
  }

  it("give the same events in the same order, for every page position, order and bound", async () => {
    const scope: TimelineScope = { kind: "member", id: memberId };
    const all = await keys({ scope, filters: {}, cursor: null, order: "asc", take: 1000 }, null, "sort");
    // Per day: a holding and a grouped answer, two figures left open ("Mine" was open once), two resolved
    // ("Theirs" by this member's answer, "Mine" by someone else's); 3 corrections; and "Late", left
    // open and resolved 13 days apart (one of each).
    expect(all.filter((k) => k.startsWith("R:"))).toHaveLength(11);
    expect(all.filter((k) => k.startsWith("L:"))).toHaveLength(11);
    expect(all).toHaveLength(5 * 6 + 3 + 2);
    const cursors: (TimelineCursor | null)[] = [null, { date: "2025-03-10", rank: 0, id: 0 }, { date: "2025-03-11", rank: 3, id: 1 }, { date: "2025-03-11", rank: 6, id: 999_999_999 }];
    for (const order of ["asc", "desc"] as TimelineOrder[]) {
      for (const c of cursors) {
        for (const bound of [null, "2025-03-11"]) {
          for (const take of [3, 51]) {
            const q: KeyQuery = { scope, filters: {}, cursor: c, order, take };
            expect(await keys(q, bound, "walk"), `${order} ${JSON.stringify(c)} ${bound} ${take}`).toEqual(await keys(q, bound, "sort"));
          }
        }
      }
    }
  });

  it("keep timeline order within a day: holding, answer, correction, figures", async () => {
    const rows = await keys({ scope: { kind: "member", id: memberId }, filters: {}, cursor: null, order: "asc", take: 1000 }, null, "walk");
    const kindOf: Record<string, EventKey["kind"]> = { HOLDING: "HOLDING_ANSWER", SUBSTANTIVE: "ANSWER_RECEIVED", CORRECTION: "ANSWER_CORRECTED", L: "FIGURE_LEFT_UNRESOLVED", R: "FIGURE_RESOLVED" };
    const events = rows.map((r) => {
      const [t, id, date] = r.split(":");
      return { kind: kindOf[t!]!, id: Number(id), date: date! };
    });
    for (let i = 1; i < events.length; i++) expect(compareEventsAsc(events[i - 1]!, events[i]!)).toBeLessThan(0);
  });
});
