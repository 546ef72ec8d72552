import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { buildRankIndex } from "@/lib/data/rank-index-build-sqlite";
import { ROW_TEXT_SQL } from "@/lib/data/rank-index-sqlite";

/**
 * The search index's build cost, to set beside Xapian's: the rank index
 * rebuilt from scratch, and the FTS5 index built again into a scratch
 * database from the same rows and merged into one segment (the app builds
 * it row by row as questions arrive, so an import's time does not show it on
 * its own, and merges it after a bulk write), with their sizes.
 */
export type SearchIndexBuild = { rankSeconds: number; rankBytes: number; ftsSeconds: number; ftsBytes: number; seconds: number; bytes: number };

/** measureSearchIndexBuild in a child process (bench/search-index-worker.ts), with a heap of its own. */
export async function measureSearchIndexBuildApart(dbFile: string): Promise<SearchIndexBuild> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/search-index-worker.ts", dbFile], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
  if (code !== 0) throw new Error(`search index build failed (exit ${code}): ${stderr.trim().split("\n").slice(-5).join(" | ")}`);
  return JSON.parse(stdout.trim().split("\n").pop()!) as SearchIndexBuild;
}

export function measureSearchIndexBuild(dbFile: string): SearchIndexBuild {
  const db = new Database(dbFile, { fileMustExist: true, timeout: 30_000 });
  try {
    db.pragma("journal_mode = WAL");
    const rank = buildRankIndex(db);
    db.pragma("wal_checkpoint(TRUNCATE)");
    const rankBytes = tableBytes(db, "main", `"name" LIKE 'search\\_%' ESCAPE '\\'`);

    const scratch = `${dbFile}.fts-scratch`;
    rmSync(scratch, { force: true });
    new Database(scratch).close(); // ATTACH opens with this connection's flags, which do not create files
    db.exec(`ATTACH DATABASE '${scratch.replace(/'/g, "''")}' AS "scratch"`);
    const sql = db.prepare(`SELECT "sql" FROM "sqlite_schema" WHERE "name" = 'question_search'`).pluck().get() as string;
    const started = performance.now();
    db.exec(sql.replace(/CREATE VIRTUAL TABLE "question_search"/, `CREATE VIRTUAL TABLE "scratch"."question_search"`));
    db.exec(`INSERT INTO "scratch"."question_search"(rowid, heading, question, answer) ${ROW_TEXT_SQL}`);
    // Into one segment, as the app's is merged after a bulk write (mergeFtsSegments).
    db.exec(`INSERT INTO "scratch"."question_search"("question_search") VALUES ('optimize')`);
    const ftsSeconds = (performance.now() - started) / 1000;
    const ftsBytes = tableBytes(db, "scratch", `"name" LIKE 'question\\_search\\_%' ESCAPE '\\'`);
    db.exec(`DETACH DATABASE "scratch"`);
    rmSync(scratch, { force: true });
    return { rankSeconds: rank.seconds, rankBytes, ftsSeconds, ftsBytes, seconds: rank.seconds + ftsSeconds, bytes: rankBytes + ftsBytes };
  } finally {
    db.close();
  }
}

/** Pages of the tables and indexes of `schema` whose sqlite_schema row passes `where`, from SQLite's dbstat. */
export function tableBytes(db: Database.Database, schema: string, where: string): number {
  const names = db.prepare(`SELECT "name" FROM "${schema}"."sqlite_schema" WHERE "type" IN ('table', 'index') AND ${where}`).pluck().all() as string[];
  const size = db.prepare(`SELECT "pgsize" FROM "dbstat"(?) WHERE "name" = ? AND "aggregate" = 1`).pluck();
  return names.reduce((n, name) => n + ((size.get(schema, name) as number | undefined) ?? 0), 0);
}
