import Database from "better-sqlite3";
import { env } from "@/lib/env";
import { buildRankIndex } from "@/lib/data/rank-index-build-sqlite";
import { settleRankIndex } from "@/lib/data/rank-index-refresh-sqlite";
import { mergeFtsSegments } from "@/lib/data/rank-index-sqlite";

/**
 * `npm run search:index [-- --rebuild]`: brings the rank index (what ranks
 * searches without scoring every match) up to date with the questions, or
 * rebuilds it from scratch (and merges the FTS5 index into one segment). Imports do this themselves; `npm start` runs it
 * after seeding.
 */
const db = new Database(env.DATABASE_URL.replace(/^file:/, ""), { fileMustExist: true, timeout: 30_000 });
db.pragma("journal_mode = WAL");
if (process.argv.includes("--rebuild")) {
  const b = buildRankIndex(db);
  console.log(`Rank index rebuilt: ${b.rows.toLocaleString("en-GB")} questions, ${b.terms.toLocaleString("en-GB")} words, ${b.postings.toLocaleString("en-GB")} postings, ${b.mergedLists.toLocaleString("en-GB")} merged prefix lists, ${b.pairLists.toLocaleString("en-GB")} word pair lists in ${b.seconds.toFixed(1)} s`);
  if (b.lengthMismatches) console.warn(`${b.lengthMismatches} rows were tokenized differently from FTS5`);
  if (mergeFtsSegments(db)) console.log("FTS5 index merged into one segment");
} else {
  console.log(`Rank index: ${settleRankIndex(db)}`);
}
db.close();
