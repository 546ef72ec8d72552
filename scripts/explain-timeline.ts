import Database from "better-sqlite3";
import { env } from "@/lib/env";
import { answerKeysSql, followUpKeysSql, questionKeysSql, timelineCountsSql, type KeyQuery } from "@/lib/data/timeline-sqlite";
import type { TimelineScope } from "@/lib/data/timeline-keyset";

/**
 * `npx tsx scripts/explain-timeline.ts member|department ID [--walk-bound YYYY-MM-DD]`: the
 * query plan and the time (median of 5, straight through better-sqlite3) of
 * each statement behind the first page of a timeline and its counts, on the
 * database at DATABASE_URL — to check on a large database what
 * lib/data/timeline-plans.int.test.ts asserts on a small one.
 */
const [kind, idText] = process.argv.slice(2);
if ((kind !== "member" && kind !== "department") || !/^\d+$/.test(idText ?? "")) {
  console.error("Usage: npx tsx scripts/explain-timeline.ts member|department ID");
  process.exit(2);
}
const scope: TimelineScope = { kind, id: Number(idText) };
const db = new Database(env.DATABASE_URL.replace(/^file:/, ""), { readonly: true });
// The adapter stores DateTime as ISO text with an explicit offset; bind dates the same way.
const bind = (params: unknown[]) => params.map((p) => (p instanceof Date ? p.toISOString().replace("Z", "+00:00") : p));

function explain(label: string, s: { sql: string; params: unknown[] }) {
  const params = bind(s.params);
  const statement = db.prepare(s.sql);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    rows = statement.all(...params).length;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`\n${label}: ${times[2]!.toFixed(2)} ms, ${rows} rows`);
  for (const line of db.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...params) as { detail: string }[]) console.log(`  ${line.detail}`);
}

const q: KeyQuery = { scope, filters: {}, cursor: null, order: "desc", take: 51 };
explain("questions", questionKeysSql(q));
const column = scope.kind === "member" ? "askingMemberId" : "answeringBodyId";
const last = db.prepare(`SELECT substr("dateTabled", 1, 10) AS "day" FROM "Question" WHERE "${column}" = ? ORDER BY "dateTabled" DESC, "id" DESC LIMIT 1 OFFSET 50`).get(scope.id) as
  | { day: string }
  | undefined;
const bound = last?.day ?? null;
console.log(`\npage bound (day of the 51st question): ${bound ?? "none"}`);
explain("follow-ups", followUpKeysSql(q, bound));
explain("answers, walking the window", answerKeysSql(q, bound, "walk"));
explain("answers, sorting the scope's", answerKeysSql(q, bound, "sort"));
explain("counts", timelineCountsSql(scope, {}));
