import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { READ_PRAGMAS } from "@/lib/data/sqlite-pragmas";

/** The better-sqlite3 adapter, with the read settings applied to each connection it opens. */
class TunedSqliteAdapter extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(READ_PRAGMAS);
    return adapter;
  }
}

function createClient() {
  // WAL is set once on the file by scripts/db-setup.ts (it persists); the
  // timeout lets a writer wait for another instead of failing with SQLITE_BUSY.
  const adapter = new TunedSqliteAdapter({ url: env.DATABASE_URL, timeout: 5000 });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createClient>;
/** A client or an interactive transaction: what data functions accept. */
export type DbOrTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { answerableDb?: Db };

// One client per process; dev hot-reload would otherwise open a new one per edit.
export const db: Db = globalForDb.answerableDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.answerableDb = db;
