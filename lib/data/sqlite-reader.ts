import Database from "better-sqlite3";
import { env } from "@/lib/env";
import { READ_PRAGMAS } from "@/lib/data/sqlite-pragmas";

/**
 * A second, query-only better-sqlite3 connection to the app's database for
 * the hot read paths (search). Through Prisma every statement is prepared
 * again and its rows are mapped through the driver adapter: ~0.3–1 ms a
 * statement, which at 20 results a page was most of a search's cost on a
 * small corpus. Here statements are prepared once and kept.
 *
 * WAL lets it read beside Prisma's writer; each statement reads the last
 * commit, so what a form saved is found by the next search. It does not see
 * an uncommitted Prisma transaction: callers inside one must use Prisma.
 */
export type SqliteReader = {
  all<T>(sql: string, params: readonly unknown[]): T[];
  get<T>(sql: string, params: readonly unknown[]): T | undefined;
  /** The kept statement itself, for loops that run it many times. */
  statement(sql: string): Database.Statement;
  /** Runs fn in one read transaction: every statement in it sees the same commit. */
  snapshot<T>(fn: () => T): T;
};

const MAX_STATEMENTS = 200;

function open(file: string): SqliteReader {
  // Read-write but query_only: a read-only handle cannot create the WAL's
  // shared-memory file when it is the first connection to the database.
  const conn = new Database(file, { fileMustExist: true, timeout: 5000 });
  conn.exec(`PRAGMA query_only = ON; ${READ_PRAGMAS}`);
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let stmt = statements.get(sql);
    if (stmt) {
      // Most recently used last, so the first key is the one to evict.
      statements.delete(sql);
    } else {
      stmt = conn.prepare(sql);
      if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, stmt);
    return stmt;
  };
  return {
    all: <T>(sql: string, params: readonly unknown[]) => prepare(sql).all(...params) as T[],
    get: <T>(sql: string, params: readonly unknown[]) => prepare(sql).get(...params) as T | undefined,
    statement: prepare,
    snapshot: <T>(fn: () => T) => conn.transaction(fn).deferred() as T,
  };
}

const globalForReader = globalThis as unknown as { answerableReader?: { file: string; reader: SqliteReader } };

export function sqliteReader(): SqliteReader {
  const file = env.DATABASE_URL.replace(/^file:/, "");
  const cached = globalForReader.answerableReader;
  if (cached?.file === file) return cached.reader;
  const reader = open(file);
  globalForReader.answerableReader = { file, reader };
  return reader;
}
