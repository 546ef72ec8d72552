import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { env } from "@/lib/env";

/**
 * Creates the SQLite file if needed, applies committed migrations and turns on
 * WAL (a property of the file, so once is enough). Safe to run on every start.
 */
export function setupDatabase(databaseUrl = env.DATABASE_URL): string {
  const file = databaseUrl.replace(/^file:/, "");
  const absolute = path.resolve(file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  const sqlite = new Database(absolute);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: `file:${absolute}` },
  });
  return absolute;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = setupDatabase();
  console.log(`Database ready: ${file}`);
}
