import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import MiniSearch from "minisearch";
import { msSince, summarise } from "@/bench/stats";
import type { MiniQuery } from "@/bench/fts-query";

/**
 * Child process of the benchmark: the peer engine. Loads the newest `limit`
 * questions (heading, question, answers as plain text) from the bench
 * database into an in-memory MiniSearch index and runs the query mix on it.
 * A process of its own, so its heap is measured alone (run with --expose-gc).
 * Input: a JSON file path; output: one JSON line on stdout.
 */
export type PeerInput = {
  dbFile: string;
  limit: number;
  repeats: number;
  queries: Array<{
    label: string;
    query: MiniQuery | null;
    filters: { memberId?: number; answeringBodyId?: number; from?: string; to?: string; status?: string };
  }>;
};
export type PeerOutput = {
  engine: string;
  records: number;
  buildSeconds: number;
  heapMB: number;
  rssMB: number;
  p50: number;
  p95: number;
  p99: number;
  perQuery: Array<{ label: string; hits: number; p50: number }>;
};

type Doc = { id: number; heading: string; question: string; answer: string; memberId: number; bodyId: number; date: string; status: string };

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const input = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as PeerInput;

gc();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
const started = process.hrtime.bigint();
const index = new MiniSearch<Doc>({
  fields: ["heading", "question", "answer"],
  storeFields: ["memberId", "bodyId", "date", "status"],
});
const sqlite = new Database(input.dbFile, { readonly: true });
const rows = sqlite
  .prepare(
    `SELECT q."id" AS id, q."heading" AS heading, q."text" AS question, q."askingMemberId" AS memberId, q."answeringBodyId" AS bodyId,
       q."dateTabled" AS date, q."status" AS status,
       (SELECT group_concat(a."text", char(10)) FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = q."id") AS answer
     FROM "Question" q ORDER BY q."dateTabled" DESC, q."id" DESC LIMIT ?`,
  )
  .iterate(input.limit) as IterableIterator<Doc>;
let records = 0;
for (const row of rows) {
  index.add({ ...row, answer: row.answer ?? "" });
  records++;
}
sqlite.close();
const buildSeconds = msSince(started) / 1000;
gc();
const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
const rssMB = (process.memoryUsage().rss - rssBefore) / 1048576;

const boost = { heading: 10, question: 4, answer: 1 };
const DAY = 86_400_000;
function run(q: PeerInput["queries"][number]): number {
  const f = q.filters;
  // Dates as Prisma stores them in SQLite ("…T00:00:00.000+00:00"), compared as strings.
  const stored = (t: number) => new Date(t).toISOString().replace("Z", "+00:00");
  const from = f.from ? stored(Date.parse(f.from)) : null;
  const to = f.to ? stored(Date.parse(f.to) + DAY) : null;
  const filter = (r: { memberId: number; bodyId: number; date: string; status: string }) =>
    (f.memberId === undefined || r.memberId === f.memberId) &&
    (f.answeringBodyId === undefined || r.bodyId === f.answeringBodyId) &&
    (from === null || r.date >= from) &&
    (to === null || r.date < to) &&
    (f.status === undefined || f.status === "OVERDUE" || r.status === f.status);
  const hasFilter = Object.values(f).some((v) => v !== undefined);
  const query = q.query ?? MiniSearch.wildcard;
  const results = index.search(query as Parameters<typeof index.search>[0], {
    boost,
    ...(hasFilter ? { filter: filter as unknown as (r: unknown) => boolean } : {}),
  });
  // The first page, as the app shows it (filter-only searches newest first).
  if (!q.query) results.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  results.slice(0, 20);
  return results.length;
}

const hits = input.queries.map(run); // warm-up
const per = input.queries.map(() => [] as number[]);
for (let r = 0; r < input.repeats; r++) {
  input.queries.forEach((q, i) => {
    const s = process.hrtime.bigint();
    run(q);
    per[i]!.push(msSince(s));
  });
}
const all = summarise(per.flat());
const out: PeerOutput = {
  engine: "minisearch",
  records,
  buildSeconds,
  heapMB,
  rssMB,
  p50: all.p50,
  p95: all.p95,
  p99: all.p99,
  perQuery: input.queries.map((q, i) => ({ label: q.label, hits: hits[i]!, p50: summarise(per[i]!).p50 })),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
