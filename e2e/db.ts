import Database from "better-sqlite3";
import path from "node:path";

/**
 * Read-only access to the database the e2e server uses, so a spec can assert
 * what a UI action really stored — not just what the page shows.
 */
export function e2eDb() {
  return new Database(path.resolve("data/e2e.db"), { readonly: true, fileMustExist: true });
}

export function queryOne<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = e2eDb();
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

export function queryAll<T>(sql: string, ...params: unknown[]): T[] {
  const db = e2eDb();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
