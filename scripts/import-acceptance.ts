/**
 * Full-file acceptance check for the UK Parliament API importer (not part of
 * `npm test`; minutes, not seconds): every shared file into a fresh database,
 * counts against ../shared/data/uk-parliament-api/README.md, a re-import that
 * must change nothing, and the 12-03 → 12-10 snapshot move (576 questions).
 */
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const { values } = parseArgs({ options: { "no-analyse": { type: "boolean" }, dir: { type: "string" } } });
const dir = path.resolve(values.dir ?? "../shared/data/uk-parliament-api");
const analyse = !values["no-analyse"];
const tmp = (n: string) => path.join(os.tmpdir(), `answerable-acceptance-${process.pid}-${n}.db`);
process.env.DATABASE_URL = `file:${tmp("a")}`;

const { setupDatabase } = await import("@/scripts/db-setup");
const { PrismaClient } = await import("@/lib/generated/prisma/client");
const { runImport, formatSummary } = await import("@/lib/import/run-import");
const { createProgress } = await import("@/lib/import/progress");
const { createAnswerPrepPool, defaultWorkerCount } = await import("@/lib/import/answer-prep-pool");
const prepPool = createAnswerPrepPool(defaultWorkerCount());

const EXPECTED: Record<string, number> = {
  "commons-2023-12.json": 2989,
  "commons-2024-07.json": 2707,
  "commons-2025-11.as-of-2025-11-13.json": 3454,
  "commons-2025-12.as-of-2025-12-03.json": 943,
  "commons-2025-12.as-of-2025-12-10.json": 3165,
  "detail-records-member-185.json": 90,
  "members-api-writtenquestions-member-185.json": 90,
  "members-and-answering-bodies.json": 31 + 13,
};
const failures: string[] = [];
const check = (ok: boolean, label: string) => {
  console.log(`${ok ? "PASS" : "FAIL"}  ${label}`);
  if (!ok) failures.push(label);
};
const fresh = (name: string) => {
  const file = setupDatabase(`file:${tmp(name)}`);
  return { file, databaseUrl: `file:${file}`, client: new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 5000 }) }) };
};

// 1. Every file, fresh database.
const a = fresh("a");
const first = await runImport({ paths: [dir], client: a.client, databaseUrl: a.databaseUrl, prepPool, analyse, progress: createProgress() });
console.log(formatSummary(first));
for (const [name, expected] of Object.entries(EXPECTED)) {
  const f = first.files.find((x) => path.basename(x.file) === name);
  check(!!f && f.records === expected && f.rejected === 0, `${name}: ${f?.records ?? "missing"} records (expected ${expected}), ${f?.rejected ?? "?"} rejected`);
}

// 2. Re-import: nothing may change.
const second = await runImport({ paths: [dir], client: a.client, databaseUrl: a.databaseUrl, prepPool, analyse, progress: createProgress() });
console.log(formatSummary(second));
for (const [label, c] of Object.entries({ questions: second.questions, answers: second.answers, members: second.members, "answering bodies": second.bodies })) {
  check(c.created === 0 && c.updated === 0 && c.rejected === 0, `re-import: ${label} all unchanged (${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged)`);
}
await a.client.$disconnect();

// 3. The 12-03 snapshot, then the 12-10 one.
const b = fresh("b");
await runImport({ paths: [path.join(dir, "commons-2025-12.as-of-2025-12-03.json")], client: b.client, databaseUrl: b.databaseUrl, prepPool, analyse });
const before = await b.client.question.findMany({ where: { status: "TABLED" }, select: { id: true } });
const countBefore = await b.client.question.count();
const started = Date.now();
const dec = await runImport({ paths: [path.join(dir, "commons-2025-12.as-of-2025-12-10.json")], client: b.client, databaseUrl: b.databaseUrl, prepPool, analyse, progress: createProgress() });
const seconds = (Date.now() - started) / 1000;
const moved = await b.client.question.count({ where: { id: { in: before.map((q) => q.id) }, status: { in: ["ANSWERED", "HOLDING", "CORRECTED"] } } });
const countAfter = await b.client.question.count();
check(moved === 576, `12-03 → 12-10: ${moved} questions moved from unanswered to answered/holding (expected 576)`);
check(countAfter - countBefore === dec.questions.created && dec.questions.created === 3165 - 943, `12-10 added ${countAfter - countBefore} questions, no duplicates (expected ${3165 - 943})`);
console.log(`2025-12 (12-10 snapshot over 12-03): ${dec.files[0]?.records} records in ${seconds.toFixed(1)} s = ${Math.round((dec.files[0]?.records ?? 0) / seconds)} records/s (analysis ${analyse ? "on" : "off"})`);
await b.client.$disconnect();
await prepPool.close();

for (const f of [a.file, tmp("b")]) for (const s of ["", "-wal", "-shm"]) rmSync(f + s, { force: true });
console.log(failures.length ? `\n${failures.length} check(s) FAILED` : "\nAll acceptance checks passed.");
process.exitCode = failures.length ? 1 : 0;
