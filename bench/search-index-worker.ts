import { measureSearchIndexBuild } from "@/bench/search-index-build";

/**
 * Child process of the benchmark: the search index's timed build
 * (measureSearchIndexBuild) in a process of its own, as Xapian's index is
 * built in one. In the benchmark's process, right after importing 1M
 * questions, the rank index took 472 s where a fresh process took 371 s.
 * Input: the database file; output: one JSON line on stdout.
 */
const dbFile = process.argv[2];
if (!dbFile) throw new Error("usage: search-index-worker.ts <database file>");
process.stdout.write(`${JSON.stringify(measureSearchIndexBuild(dbFile))}\n`);
