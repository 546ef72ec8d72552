import Database from "better-sqlite3";
import { env } from "@/lib/env";

/**
 * A better-sqlite3 connection that may write, for the few data-layer chores
 * that run outside Prisma: bringing the rank index up to date from a search
 * (lib/data/rank-topk-sqlite.ts). WAL and a busy timeout let it take turns
 * with Prisma's writer and other processes.
 */
const globalForWriter = globalThis as unknown as { answerableWriter?: { file: string; db: Database.Database } };

export function sqliteWriter(): Database.Database {
  const file = env.DATABASE_URL.replace(/^file:/, "");
  const cached = globalForWriter.answerableWriter;
  if (cached?.file === file) return cached.db;
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  db.pragma("journal_mode = WAL");
  globalForWriter.answerableWriter = { file, db };
  return db;
}
