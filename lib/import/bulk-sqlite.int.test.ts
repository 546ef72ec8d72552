import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { runImport } from "@/lib/import/run-import";
import { createAnswerPrepPool } from "@/lib/import/answer-prep-pool";
import { setupDatabase } from "@/scripts/db-setup";

/*
 * The bulk lane (prepared statements) must store exactly what the merging lane
 * (Prisma, upsert.ts) stores: the same fixture files in the same order go into
 * two fresh databases, one per lane, and every table is compared by content.
 */

const F = "test/fixtures/import";
const X = "test/fixtures/import-xml";
const RUNS: string[][] = [
  [`${F}/snapshot-2025-12-03.json`, `${F}/founding-case-95752.json`, `${F}/wrapped-correction-grouped.json`],
  [`${F}/snapshot-2025-12-10.json`, `${F}/transfer.as-of-2025-12-03.json`, `${F}/transfer.as-of-2025-12-10.json`],
  [`${F}/falconer-questions.json`, `${F}/falconer-members.json`, `${F}/members-api-sample.json`, `${F}/paged-response.json`, `${F}/detail-bare.json`],
  [`${F}/longform-target.json`, `${F}/longform-sample.jsonl.gz`, `${F}/markup-detail.json`, `${F}/markup-members-api.json`],
  [`${X}/answers2009-10-26f.sample.xml`, `${X}/lordswrans2009-10-26a.sample.xml`, `${X}/spwa2009-10-26.sample.xml`, `${X}/questions.sample.xml`],
];

const files: string[] = [];
async function importInto(name: string, bulk: boolean) {
  const file = setupDatabase(`file:${path.join(os.tmpdir(), `answerable-lanes-${process.pid}-${name}.db`)}`);
  files.push(file);
  const url = `file:${file}`;
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
  const summaries = [];
  // The bulk lane as the command line runs it: answers prepared in worker threads.
  const prepPool = bulk ? createAnswerPrepPool(2) : undefined;
  try {
    for (const paths of RUNS) summaries.push(await runImport({ paths, client, databaseUrl: url, bulk, analyse: true, prepPool }));
  } finally {
    await client.$disconnect();
    await prepPool?.close();
  }
  return { file, summaries };
}

afterAll(() => {
  for (const f of files) for (const suffix of ["", "-wal", "-shm"]) rmSync(f + suffix, { force: true });
});

/** Every table as content, with ids replaced by natural keys, sorted. */
function dump(file: string) {
  const db = new Database(file, { readonly: true });
  const all = (sql: string) => (db.prepare(sql).all() as Record<string, unknown>[]).map((r) => JSON.stringify(r)).sort();
  const qKey = (alias: string) => `(SELECT house || ':' || uin || ':' || substr(dateTabled, 1, 10) FROM Question WHERE id = ${alias})`;
  const aKey = (alias: string) =>
    `(SELECT a.kind || ':' || substr(a.dateAnswered, 1, 10) || ':' || (SELECT group_concat(k) FROM (SELECT ${qKey("aq.questionId")} AS k FROM AnswerQuestion aq WHERE aq.answerId = a.id ORDER BY k)) FROM Answer a WHERE a.id = ${alias})`;
  // The search index's content (contentless: readable only through fts5vocab), by question.
  db.exec(`CREATE VIRTUAL TABLE temp.search_instances USING fts5vocab(main, question_search, instance);
           CREATE VIRTUAL TABLE temp.search_rows USING fts5vocab(main, question_search, row);`);
  try {
    return {
      search: all(`SELECT ${qKey("doc")} AS question, term, col, offset FROM temp.search_instances`),
      searchTerms: all(`SELECT term, doc, cnt FROM temp.search_rows`),
      members: all(`SELECT name, sortName, house, party, constituency, parliamentId, thumbnailUrl FROM Member`),
      bodies: all(`SELECT name, parliamentId FROM AnsweringBody`),
      questions: all(
        `SELECT house, uin, dateTabled, dateForAnswer, isNamedDay, heading, text, withdrawn, status, parliamentId, textTruncated, sourceFormat, sourceRef,
                (SELECT name FROM Member WHERE id = askingMemberId) AS member, (SELECT name FROM AnsweringBody WHERE id = answeringBodyId) AS body FROM Question`,
      ),
      answers: all(
        `SELECT ${aKey("x.id")} AS key, html, text, textTruncated, dateIsApproximate, analysedAt IS NOT NULL AS analysed,
                (SELECT name FROM Member WHERE id = answeringMemberId) AS member, ${aKey("x.correctsAnswerId")} AS corrects FROM Answer x`,
      ),
      nonAnswers: all(`SELECT ${aKey("answerId")} AS answer, kind, quote, start, "end" FROM NonAnswer`),
      figures: all(
        `SELECT measure, value, valueText, unit, approximate, status, quote, nonAnswerKind, reviewState, createdBy, suggestionKey,
                ${aKey("sourceAnswerId")} AS source, ${qKey("askedInQuestionId")} AS asked, (SELECT name FROM AnsweringBody WHERE id = answeringBodyId) AS body FROM Figure`,
      ),
      followUps: all(`SELECT kind, note, createdBy, reviewState, ${aKey("fromAnswerId")} AS fromAnswer, ${qKey("fromQuestionId")} AS fromQuestion, ${qKey("toQuestionId")} AS toQuestion FROM FollowUp`),
      resolutions: all(`SELECT ${aKey("answerId")} AS answer, value, valueText, quote, score, reviewState FROM FigureResolution`),
      attachments: all(`SELECT ${qKey("questionId")} AS question, title, url, fileType, sizeBytes FROM Attachment`),
    };
  } finally {
    db.close();
  }
}

describe("bulk import lane", () => {
  it("stores exactly what the merging lane stores, and reports the same counts", async () => {
    const bulk = await importInto("bulk", true);
    const merging = await importInto("merging", false);
    const counts = (s: (typeof bulk.summaries)[number]) => ({ q: s.questions, a: s.answers, m: s.members, b: s.bodies, rejected: s.rejections.map((r) => r.sourceRef) });
    expect(bulk.summaries.map(counts)).toEqual(merging.summaries.map(counts));
    const a = dump(bulk.file);
    const b = dump(merging.file);
    expect(a.questions.length).toBeGreaterThan(20);
    expect(a.nonAnswers.length).toBeGreaterThan(0);
    expect(a.figures.length).toBeGreaterThan(0);
    expect(a.search.length).toBeGreaterThan(1000);
    for (const table of Object.keys(a) as (keyof typeof a)[]) expect({ table, rows: a[table] }).toEqual({ table, rows: b[table] });
  }, 60_000);
});
