import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { deferredSearch } from "@/lib/import/bulk-sqlite-search";

/*
 * Deferred search rows must leave the index exactly as the triggers would,
 * also when a savepoint undoes a question (whose id SQLite then reuses) after
 * the index was read mid-transaction.
 */

const dir = path.resolve("prisma/migrations");
const ftsSql = readFileSync(path.join(dir, readdirSync(dir).find((d) => d.endsWith("_search_fts"))!, "migration.sql"), "utf8");

function open() {
  const db = new Database(":memory:");
  // Only the columns the search triggers read.
  db.exec(`CREATE TABLE "Question" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "heading" TEXT, "text" TEXT);
           CREATE TABLE "Answer" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "text" TEXT);
           CREATE TABLE "AnswerQuestion" ("answerId" INTEGER, "questionId" INTEGER, PRIMARY KEY ("answerId", "questionId"));`);
  db.exec(ftsSql);
  return db;
}

/** The same writes as the bulk lane makes: a stored question, then a transaction with an undone record. */
function load(db: Database.Database, deferred: boolean) {
  const search = deferred ? deferredSearch(db) : null;
  const question = db.prepare(`INSERT INTO "Question" ("heading", "text") VALUES (?, ?) RETURNING "id"`).pluck();
  const answer = db.prepare(`INSERT INTO "Answer" ("text") VALUES (?) RETURNING "id"`).pluck();
  const link = db.prepare(`INSERT INTO "AnswerQuestion" ("answerId", "questionId") VALUES (?, ?)`);
  const shared = Number(answer.get("An answer given earlier to two questions."));
  link.run(shared, question.get("Earlier", "An earlier question on trains"));

  db.exec("BEGIN IMMEDIATE");
  search?.begin();
  const first = Number(question.get("Buses", "What is the number of bus routes"));
  link.run(Number(answer.get("The information is not held centrally.")), first);
  link.run(shared, first);
  const mark = search?.mark() ?? null;
  db.exec("SAVEPOINT r");
  question.get("Undone", "A question whose record fails");
  search?.flush(); // as an analysis reading document frequencies would
  db.exec("ROLLBACK TO SAVEPOINT r; RELEASE SAVEPOINT r");
  search?.restore(mark);
  const reused = Number(question.get("Ferries", "How many ferry crossings were cancelled"));
  link.run(Number(answer.get("Figures on ferries are published annually.")), reused);
  question.get("Unanswered", "A question with no answer yet");
  search?.end();
  db.exec("COMMIT");
  return reused;
}

function content(db: Database.Database) {
  db.exec(`CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, question_search, instance)`);
  return db.prepare(`SELECT doc, col, offset, term FROM temp.v ORDER BY doc, col, offset`).all();
}

describe("deferredSearch", () => {
  it("indexes what the triggers index, and puts the triggers back", () => {
    const viaTriggers = open();
    const deferred = open();
    const triggers = () => deferred.prepare(`SELECT "sql" FROM "sqlite_master" WHERE "type" = 'trigger' ORDER BY "name"`).pluck().all();
    const before = triggers();
    expect(load(viaTriggers, false)).toBe(3);
    expect(load(deferred, true)).toBe(3); // the undone question's id, reused
    expect(triggers()).toEqual(before);
    const rows = content(deferred);
    expect(rows.length).toBeGreaterThan(30);
    expect(rows).toEqual(content(viaTriggers));
  });
});
