/**
 * Per-connection settings for reading a large database. The defaults (a 2 MB
 * page cache, every page copied through read() calls) made a 1M-question
 * timeline or search re-read the same index pages on every request; memory-
 * mapping the file lets the OS page cache serve them (a timeline page went
 * from ~28 to ~17 ms). Mapped pages are shared with the OS cache, so they
 * are not the process's own memory, unlike cache_size.
 */
export const READ_PRAGMAS = [
  "PRAGMA mmap_size = 4294967296", // 4 GB: the whole file for any database this app expects
  "PRAGMA cache_size = -32768", // 32 MB of pages for what mmap does not cover (WAL frames)
  "PRAGMA temp_store = MEMORY",
]
  .map((p) => `${p};`)
  .join(" ");
