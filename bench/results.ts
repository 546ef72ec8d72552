import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderChart, type ChartSeries } from "@/bench/chart";
import { round } from "@/bench/stats";

/** What one run writes to bench/results/latest.json (and records-N.json). Milliseconds unless named. */
export type BenchResult = {
  records: number;
  seed: number;
  analyse: boolean;
  mix: string;
  repeats: number;
  /** Untimed rounds before each timed search loop (absent in older results: 1). */
  warmup?: number;
  startedAt: string;
  /** The checkout's commit (with "+" when the work tree had changes) and where the served app was built from. */
  commit: string;
  appDir: string;
  machine: { node: string; cpus: number; platform: string };
  /** Wall time of the run, without the production build. */
  totalSeconds: number;
  buildSeconds: number | null;
  /** Seconds per phase of the run (corpus, import, searchApp, …, build). */
  phases: Record<string, number>;
  corpus: { bytes: number; files: number; first: string; last: string; seconds: number; reused: boolean };
  import: { seconds: number; questions: number; answers: number; rejected: number; analysisFailures: number; reused: boolean };
  importPerSec: number;
  dbBytes: number;
  dbFileBytes: number;
  walBytes: number;
  /** The FTS5 index's tables within the database (dbstat); absent in older results. */
  ftsBytes?: number | null;
  /** The search index built from scratch: rank index and FTS5 (bench/search-index-build.ts). */
  searchIndex?: import("@/bench/search-index-build").SearchIndexBuild;
  search: {
    queries: number;
    appP50: number;
    appP95: number;
    appP99: number;
    /** The ranking alone: ids and count, no rows or snippets (bench/measure-search.ts rankSearch); absent in older results. */
    rankP50?: number;
    rankP95?: number;
    rankP99?: number;
    httpP50: number | null;
    httpP95: number | null;
    httpP99: number | null;
    floorP50: number;
    floorP95: number;
    floorP99: number;
    ratioP95: number;
    likeP50: number;
    likeP95: number;
    likeQueries: number;
    /** LIKE p50 over the app's p50 on the same queries. */
    likeSpeedup: number;
    unresolvedFilters: string[];
    perQuery: Array<{
      label: string;
      kind: string;
      total: number;
      appP50: number;
      rankP50?: number;
      floorP50: number;
      httpP50: number | null;
      likeMs: number | null;
      /** MiniSearch. */
      peerP50: number | null;
      xapianP50?: number | null;
      /** Xapian's estimate of the matches (get_matches_estimated), beside the app's exact total. */
      xapianEstimate?: number | null;
      /** Xapian's exact count of the matches (counted once, untimed). */
      xapianMatches?: number | null;
      /** Share of the app's first page (≤ 20) also on Xapian's first page. */
      xapianOverlap?: number | null;
    }>;
  };
  /** The peer engines over the same questions and queries (results before Xapian had the MiniSearch object here: see normaliseResult). */
  peer: { minisearch: MiniSearchPeer; xapian: XapianPeer };
  timeline: {
    members: Array<{ id: number; parliamentId: number | null; questions: number; pages: number }>;
    firstP50: number;
    firstP95: number;
    firstWithCountsP95: number;
    deepP50: number;
    deepP95: number;
    deepPage: number;
    rounds: number;
    samples: number;
    countSamples: number;
  };
  export: { q: string; expected: number; rows: number; bytes: number; seconds: number; rowsPerSec: number; rssMaxMB: number; rssBeforeMB: number; firstByteMs: number } | { skipped: string };
  rssPeakMB: number | null;
  /**
   * The server while it answered the HTTP search mix: VmHWM then, and the
   * highest private (RssAnon) and file-backed (RssFile: the memory-mapped
   * database, shared with the OS page cache) resident memory sampled.
   */
  rssSearch: { peakMB: number; anonPeakMB: number; filePeakMB: number } | null;
  serverPid: number | null;
  notes: string[];
};

export type MiniSearchPeer = { engine: string; records: number; buildSeconds: number; heapMB: number; rssMB: number; p50: number; p95: number; p99: number } | { skipped: string };

/**
 * Xapian (python3-xapian) in a child process: index build seconds and bytes
 * on disk as built (compactBytes: after xapian-compact), the child's peak
 * RSS, latency, and overlap20: the mean share of the app's first page also
 * on Xapian's (only when both index every question).
 */
export type XapianPeer =
  | {
      engine: string;
      records: number;
      buildSeconds: number;
      indexBytes: number;
      compactBytes: number | null;
      rssMaxMB: number;
      p50: number;
      p95: number;
      p99: number;
      /** The same searches with their result pages (the hits' rows and a snippet each, as the app's figure has them); absent in runs before it was measured. */
      page?: { p50: number; p95: number; p99: number } | null;
      overlap20: number | null;
    }
  | { skipped: string };

/** A result as saved by any version of the bench, in today's shape (runs before Xapian had peer = the MiniSearch figures). */
export function normaliseResult(raw: unknown): BenchResult {
  const r = raw as BenchResult & { peer: BenchResult["peer"] | MiniSearchPeer };
  if (!r.peer || "minisearch" in r.peer) return r as BenchResult;
  return { ...r, peer: { minisearch: r.peer, xapian: { skipped: "not measured (run before the Xapian peer)" } } };
}

export function loadResult(file: string): BenchResult {
  return normaliseResult(JSON.parse(readFileSync(file, "utf8")));
}

export const RESULTS_DIR = path.resolve("bench/results");

/** records-N[-no-analyse][-holdout].json: the chart reads the main mix's files only. */
export function resultFileName(records: number, analyse: boolean, mix = "main"): string {
  return `records-${records}${analyse ? "" : "-no-analyse"}${mix.startsWith("holdout") ? "-holdout" : ""}.json`;
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Rounds every number in the result for storage (sub-millisecond noise is not information). */
function rounded(value: unknown): unknown {
  if (typeof value === "number") return round(value);
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

export function saveResult(result: BenchResult, dir = RESULTS_DIR): string[] {
  const text = `${JSON.stringify(rounded(result), null, 2)}\n`;
  const files = [path.join(dir, "latest.json"), path.join(dir, resultFileName(result.records, result.analyse, result.mix))];
  for (const f of files) writeAtomically(f, text);
  return files;
}

/** The saved per-size results, one per corpus size (an analysed run preferred to one without). */
export function loadSizeResults(dir = RESULTS_DIR): BenchResult[] {
  if (!existsSync(dir)) return [];
  const bySize = new Map<number, BenchResult>();
  for (const name of readdirSync(dir).sort()) {
    if (!/^records-\d+(-no-analyse)?\.json$/.test(name)) continue;
    const r = loadResult(path.join(dir, name));
    const prev = bySize.get(r.records);
    if (!prev || (r.analyse && !prev.analyse)) bySize.set(r.records, r);
  }
  return [...bySize.values()].sort((a, b) => a.records - b.records);
}

export function chartSeries(results: BenchResult[]): ChartSeries[] {
  const s = (label: string, color: ChartSeries["color"], get: (r: BenchResult) => number | null | undefined, dash = 0): ChartSeries => ({
    label,
    color,
    dash,
    points: results.flatMap((r) => {
      const y = get(r);
      return typeof y === "number" && y > 0 ? [{ x: r.records, y }] : [];
    }),
  });
  return [
    s("APP P50", [31, 119, 180], (r) => r.search.appP50),
    s("APP P95", [214, 39, 40], (r) => r.search.appP95),
    s("RANKING P95", [0, 0, 0], (r) => r.search.rankP95 ?? null),
    s("HTTP P95", [148, 103, 189], (r) => r.search.httpP95),
    s("FLOOR P95", [44, 160, 44], (r) => r.search.floorP95, 6),
    s("LIKE P50", [127, 127, 127], (r) => r.search.likeP50, 6),
    s("MINISEARCH P95", [255, 127, 14], (r) => ("p95" in r.peer.minisearch ? r.peer.minisearch.p95 : null), 6),
    s("XAPIAN P95", [188, 189, 34], (r) => ("p95" in r.peer.xapian ? r.peer.xapian.p95 : null), 6),
    s("TIMELINE P95", [23, 190, 207], (r) => r.timeline.firstP95),
    s("DEEP PAGE P95", [140, 86, 75], (r) => r.timeline.deepP95),
  ];
}

export function drawChart(dir = RESULTS_DIR): string | null {
  const results = loadSizeResults(dir);
  if (!results.length) return null;
  const file = path.join(dir, "latency.png");
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, renderChart("SEARCH AND TIMELINE LATENCY BY CORPUS SIZE", chartSeries(results)));
  return file;
}

const f = (x: number | null | undefined, unit = "") => (x === null || x === undefined || !Number.isFinite(x) ? "–" : `${round(x).toLocaleString("en-GB")}${unit}`);
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The table printed at the end of a run: figure, value, and the 1M target for context. */
export function formatTable(r: BenchResult): string {
  const rows: Array<[string, string, string]> = [
    ["records", r.records.toLocaleString("en-GB"), ""],
    ["import", `${f(r.importPerSec)} records/s${r.analyse ? " (with analysis)" : " (no analysis)"}${r.import.reused ? " [reused db]" : ""}`, "≥ 5,000/s"],
    ["database on disk (db + wal)", `${mb(r.dbBytes)} (${f(r.dbBytes / r.records / 1024)} KB/record)`, ""],
    ["FTS5 index within it (question_search)", typeof r.ftsBytes === "number" ? mb(r.ftsBytes) : "–", ""],
    [
      "search index built from scratch",
      r.searchIndex
        ? `${f(r.searchIndex.seconds)} s, ${mb(r.searchIndex.bytes)} (rank index ${f(r.searchIndex.rankSeconds)} s ${mb(r.searchIndex.rankBytes)}; FTS5 ${f(r.searchIndex.ftsSeconds)} s ${mb(r.searchIndex.ftsBytes)})`
        : "–",
      "≤ ½ Xapian's",
    ],
    ["search app p50 / p95 / p99", `${f(r.search.appP50)} / ${f(r.search.appP95)} / ${f(r.search.appP99)} ms`, "≤ 15 / ≤ 60 ms"],
    ["search ranking alone (ids + count) p50 / p95 / p99", `${f(r.search.rankP50 ?? null)} / ${f(r.search.rankP95 ?? null)} / ${f(r.search.rankP99 ?? null)} ms`, "≤ Xapian's p95"],
    ["search HTTP p50 / p95 / p99", `${f(r.search.httpP50)} / ${f(r.search.httpP95)} / ${f(r.search.httpP99)} ms`, "p95 ≤ 80 ms"],
    ["search floor (FTS5 only) p50 / p95", `${f(r.search.floorP50)} / ${f(r.search.floorP95)} ms`, ""],
    ["app / floor at p95", `${f(r.search.ratioP95)}×`, "≤ 1.3"],
    ["LIKE baseline p50 / p95", `${f(r.search.likeP50)} / ${f(r.search.likeP95)} ms on ${r.search.likeQueries} queries`, ""],
    ["app speed-up over LIKE (p50)", `${f(r.search.likeSpeedup)}×`, ""],
  ];
  const { minisearch: ms, xapian: xa } = normaliseResult(r).peer;
  if ("p95" in ms) {
    rows.push(["peer (MiniSearch) p50 / p95", `${f(ms.p50)} / ${f(ms.p95)} ms on ${ms.records.toLocaleString("en-GB")} records`, ""]);
    rows.push(["peer build / heap", `${f(ms.buildSeconds)} s / ${f(ms.heapMB)} MB`, ""]);
  } else rows.push(["peer (MiniSearch)", `skipped: ${ms.skipped}`, ""]);
  if ("p95" in xa) {
    rows.push(["peer (Xapian) p50 / p95 / p99", `${f(xa.p50)} / ${f(xa.p95)} / ${f(xa.p99)} ms on ${xa.records.toLocaleString("en-GB")} records`, ""]);
    if (xa.page) rows.push(["peer (Xapian) with rows + snippets p50 / p95 / p99", `${f(xa.page.p50)} / ${f(xa.page.p95)} / ${f(xa.page.p99)} ms (as the app's figure: rows read, MSet.snippet)`, ""]);
    rows.push([
      "Xapian build / index on disk",
      `${f(xa.buildSeconds)} s / ${mb(xa.indexBytes)}${xa.compactBytes ? ` (${mb(xa.compactBytes)} compacted)` : ""}, peak RSS ${f(xa.rssMaxMB)} MB`,
      "",
    ]);
    if (xa.overlap20 !== null) rows.push(["Xapian first page ∩ app's", `${f(xa.overlap20 * 100)}% of the app's top 20 (mean over queries)`, ""]);
  } else rows.push(["peer (Xapian)", `skipped: ${xa.skipped}`, ""]);
  rows.push(["timeline first page p50 / p95", `${f(r.timeline.firstP50)} / ${f(r.timeline.firstP95)} ms`, "p95 ≤ 10 ms"]);
  rows.push(["timeline first page + counts p95", `${f(r.timeline.firstWithCountsP95)} ms`, ""]);
  rows.push([`timeline deep page (page ${r.timeline.deepPage}) p50 / p95`, `${f(r.timeline.deepP50)} / ${f(r.timeline.deepP95)} ms`, "p95 ≤ 20 ms"]);
  if ("rows" in r.export) {
    rows.push([`CSV export "${r.export.q}"`, `${r.export.rows.toLocaleString("en-GB")} rows in ${f(r.export.seconds)} s (${f(r.export.rowsPerSec)} rows/s), ${mb(r.export.bytes)}`, ""]);
    rows.push(["server RSS during export (max)", `${f(r.export.rssMaxMB)} MB (before: ${f(r.export.rssBeforeMB)} MB)`, ""]);
  } else rows.push(["CSV export", `skipped: ${r.export.skipped}`, ""]);
  if (r.rssSearch) {
    rows.push([
      "server RSS serving searches (VmHWM)",
      `${f(r.rssSearch.peakMB)} MB: private ≤ ${f(r.rssSearch.anonPeakMB)}, mapped db/binaries ≤ ${f(r.rssSearch.filePeakMB)}`,
      "≤ 400 MB",
    ]);
  }
  rows.push(["server peak RSS, whole run (VmHWM)", `${f(r.rssPeakMB)} MB`, ""]);
  rows.push(["run time", `${f(r.totalSeconds)} s${r.buildSeconds ? ` (+ ${f(r.buildSeconds)} s build)` : ""}`, ""]);
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  const lines = rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c ? `target at 1M: ${c}` : ""}`.trimEnd());
  const phases = Object.entries(r.phases ?? {})
    .filter(([k, v]) => k !== "build" && v >= 0.05)
    .map(([k, v]) => `${k} ${f(v)} s`)
    .join(", ");
  return [...lines, `time by phase: ${phases}`, ...r.notes.map((n) => `note: ${n}`)].join("\n");
}
