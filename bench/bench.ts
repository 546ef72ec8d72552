import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import os from "node:os";
import path from "node:path";
import { runImport } from "@/lib/import/run-import";
import { measureSearchIndexBuildApart, tableBytes, type SearchIndexBuild } from "@/bench/search-index-build";
import { createAnswerPrepPool, defaultWorkerCount } from "@/lib/import/answer-prep-pool";
import { createProgress } from "@/lib/import/progress";
import { db } from "@/lib/db";
import { setupDatabase } from "@/scripts/db-setup";
import type { BenchArgs } from "@/bench/args";
import { corpusDir, readManifest, writeCorpus, type CorpusManifest } from "@/bench/corpus";
import { defaultSourceDir, loadSourceProfile } from "@/bench/sources";
import { QUERIES } from "@/bench/queries";
import { HOLDOUT_QUERIES } from "@/bench/queries-holdout";
import { checkMix } from "@/bench/query-mix";
import { appSearch, rankSearch, measureLike, measureLoop, openFloor, resolveQueries, type LatencyRun, type ResolvedQuery } from "@/bench/measure-search";
import { measureTimelines } from "@/bench/measure-timeline";
import { httpSearch, measureExport } from "@/bench/measure-http";
import { runPeer } from "@/bench/peer";
import { overlapAt20, runXapian, xapianMissing, type XapianOutput } from "@/bench/peer-xapian";
import { searchQuestions } from "@/lib/data/search";
import { settleRankIndex } from "@/lib/data/rank-index-refresh-sqlite";
import { ftsSegments, mergeFtsSegments } from "@/lib/data/rank-index-sqlite";
import { benchBuildIsCurrent, buildForBench, freePort, startServer, type BenchServer } from "@/bench/server";
import { drawChart, formatTable, loadResult, RESULTS_DIR, resultFileName, saveResult, type BenchResult, type MiniSearchPeer, type XapianPeer } from "@/bench/results";

/**
 * One benchmark run (issue 5, "Search and timelines at national scale"):
 * corpus → import → in-process search, floor, LIKE and timelines → MiniSearch
 * and Xapian peers → production server (HTTP search, CSV export, memory) → results.
 * lib/db.ts must already point at `dbFile` (bench/run.ts sets DATABASE_URL).
 */
export async function runBench(args: BenchArgs, dbFile: string): Promise<BenchResult> {
  const started = Date.now();
  const log = (s: string) => console.error(`[bench] ${s}`);
  const notes: string[] = [];
  mkdirSync(args.dir, { recursive: true });
  // Seconds per phase, to say where a run's time goes.
  const phases: Record<string, number> = {};
  let phaseStart = Date.now();
  const phase = (name: string) => {
    phases[name] = (Date.now() - phaseStart) / 1000;
    phaseStart = Date.now();
  };

  // 1. Corpus (reused while the generator and options are the same).
  const source = args.source ?? defaultSourceDir();
  const corpusOpts = { records: args.records, seed: args.seed };
  const cdir = corpusDir(args.dir, corpusOpts);
  let manifest: CorpusManifest | null = readManifest(cdir);
  const corpusReused = !!manifest;
  if (manifest) log(`corpus: reusing ${cdir}`);
  else {
    log(`corpus: generating ${args.records.toLocaleString("en-GB")} questions from ${source}…`);
    const profile = loadSourceProfile(source);
    manifest = await writeCorpus(cdir, profile, corpusOpts, { membersFile: path.join(source, "members-and-answering-bodies.json") });
    log(`corpus: ${manifest.files.length} files, ${(manifest.bytes / 1048576).toFixed(0)} MB, ${manifest.first} → ${manifest.last}, ${manifest.seconds.toFixed(1)} s`);
  }

  phase("corpus");

  // 2. Import into a fresh database (or reuse one from an earlier run with the same options).
  const importFile = `${dbFile}.import.json`;
  type ImportFigures = BenchResult["import"] & { dbFileBytes: number; walBytes: number };
  let imported: ImportFigures | null = args.reuseDb && existsSync(dbFile) && existsSync(importFile) ? (JSON.parse(readFileSync(importFile, "utf8")) as ImportFigures) : null;
  if (imported) {
    imported.reused = true;
    // Migrations added since it was imported (the rank index's tables) are applied first.
    setupDatabase(`file:${dbFile}`);
    log(`import: reusing ${dbFile} (imported earlier at ${Math.round(imported.questions / imported.seconds)} records/s)`);
  } else {
    for (const suffix of ["", "-wal", "-shm", ".import.json"]) rmSync(`${dbFile}${suffix}`, { force: true });
    // A Xapian index kept over the old database (--reuse-db) no longer matches it.
    rmSync(path.join(args.dir, `xapian-${path.basename(dbFile, ".db")}.build.json`), { force: true });
    setupDatabase(`file:${dbFile}`);
    log(`import: ${args.analyse ? "with" : "without"} analysis into ${dbFile}…`);
    // As `npm run import` does: answers analysed by worker threads beside the writer.
    const prepPool = createAnswerPrepPool(defaultWorkerCount());
    const summary = await runImport({
      paths: [cdir],
      analyse: args.analyse,
      prepPool,
      ...(args.batchSize ? { batchSize: args.batchSize } : {}),
      progress: createProgress(),
    }).finally(() => prepPool.close());
    const questions = summary.files.filter((f) => f.format === "uk-parliament-api").reduce((n, f) => n + f.records, 0);
    // Sizes right after the import, before anything checkpoints the WAL.
    imported = {
      seconds: summary.seconds,
      questions,
      answers: summary.answers.created + summary.answers.updated,
      rejected: summary.questions.rejected,
      analysisFailures: summary.analysisFailures.length,
      reused: false,
      dbFileBytes: fileSize(dbFile),
      walBytes: fileSize(`${dbFile}-wal`),
    };
    writeFileSync(importFile, JSON.stringify(imported));
    if (summary.rejections.length) notes.push(`${summary.rejections.length} records rejected by the importer, e.g. ${summary.rejections[0]!.sourceRef}: ${summary.rejections[0]!.reason}`);
    log(`import: ${questions} questions in ${summary.seconds.toFixed(1)} s (${Math.round(questions / summary.seconds)}/s)`);
  }

  phase("import");

  let searchIndex: SearchIndexBuild | undefined;
  if (args.indexBuild) {
    log(`search index: rebuilding the rank index and an FTS5 copy, timed…`);
    searchIndex = await measureSearchIndexBuildApart(dbFile);
    log(`search index: rank ${searchIndex.rankSeconds.toFixed(1)} s ${(searchIndex.rankBytes / 1e6).toFixed(0)} MB, FTS5 ${searchIndex.ftsSeconds.toFixed(1)} s ${(searchIndex.ftsBytes / 1e6).toFixed(0)} MB`);
    phase("searchIndex");
  } else {
    // Carried over from the last run over this corpus that timed it (either mix).
    const earlier = ["main", "holdout"]
      .map((mix) => path.join(RESULTS_DIR, resultFileName(args.records, args.analyse, mix)))
      .filter((f) => existsSync(f))
      .map((f) => loadResult(f))
      .find((r) => r.searchIndex);
    searchIndex = earlier?.searchIndex;
    notes.push(`search index build not timed (--no-index-build)${searchIndex ? `: figures from the run of ${earlier!.startedAt}` : ""}`);
    // As `npm start` does: a rank index of an older layout is rebuilt (searches would otherwise all go to FTS5).
    const conn = new Database(dbFile, { fileMustExist: true, timeout: 30_000 });
    try {
      const settled = settleRankIndex(conn);
      if (settled !== "current") notes.push(`rank index ${settled} before searching (not timed)`);
      log(`search index: rank index ${settled}`);
    } finally {
      conn.close();
    }
  }

  // As an import's settle leaves it (a database imported before it did, or whose rank index was rebuilt above, may not be).
  const conn = new Database(dbFile, { fileMustExist: true, timeout: 30_000 });
  try {
    const segments = ftsSegments(conn);
    if (mergeFtsSegments(conn)) notes.push(`FTS5 index merged from ${segments} segments into one before searching (not timed; its cost is in the FTS5 build figure)`);
  } finally {
    conn.close();
  }

  // 3. Search in process: app, floor, LIKE.
  const mix = args.mix === "holdout" ? HOLDOUT_QUERIES : QUERIES;
  const problems = checkMix(mix);
  if (problems.length) throw new Error(`query mix: ${problems.join("; ")}`);
  const queries = await resolveQueries(mix, args.fieldSyntax);
  const unresolved = [...new Set(queries.flatMap((q) => q.unresolved))];
  if (unresolved.length) notes.push(`not in this corpus (those filters match nothing): ${unresolved.join(", ")}`);

  log(`search: app, ${queries.length} queries × ${args.repeats} rounds…`);
  const app = await measureLoop(queries, args.repeats, appSearch, args.warmup);
  phase("searchApp");
  log(`search: the app's ranking alone (ids and count)…`);
  const rank = await measureLoop(queries, args.repeats, rankSearch, args.warmup);
  phase("searchRank");
  log(`search: floor (FTS5 statement alone)…`);
  const floor = await openFloor(dbFile, queries);
  const floorRun = await measureLoop(queries, args.repeats, (q) => floor.run(q), args.warmup);
  floor.close();
  phase("searchFloor");
  log(`search: LIKE baseline (budget ${args.likeBudget} s)…`);
  const like = await measureLike(queries, args.likeBudget * 1000);
  if (like.ran.length < queries.length) notes.push(`LIKE baseline ran ${like.ran.length} of ${queries.length} queries (time budget ${args.likeBudget} s; --like-budget to change)`);
  const appOnLike = like.ran.map((i) => app.perQuery[i]!.p50);
  const likeSpeedup = like.summary.p50 / median(appOnLike);
  phase("searchLike");

  // 4. Timelines.
  log("timelines: members with the most questions…");
  const timeline = await measureTimelines({ repeats: args.repeats * 2, budgetMs: 60_000, walkBudgetMs: 30_000 });
  const asked = args.repeats * 2 * timeline.members.length;
  if (timeline.samples < asked || timeline.countSamples < asked) {
    notes.push(`timelines: ${timeline.samples} page samples and ${timeline.countSamples} with counts of ${asked} asked (60 s budget each)`);
  }
  if (timeline.walkCutShort) notes.push(`timelines: deep page is page ${timeline.deepPage}: walking down the cursor stopped after 30 s per member`);
  phase("timelines");

  // 5. The peer.
  let peer: MiniSearchPeer = { skipped: "--no-peer" };
  let peerPerQuery: Array<{ label: string; p50: number }> = [];
  if (args.peer) {
    log(`peer: MiniSearch over ${Math.min(args.records, args.peerMax).toLocaleString("en-GB")} questions…`);
    try {
      const out = await runPeer({ dbFile, queries, limit: args.peerMax, repeats: args.repeats, workDir: args.dir });
      peer = { engine: out.engine, records: out.records, buildSeconds: out.buildSeconds, heapMB: out.heapMB, rssMB: out.rssMB, p50: out.p50, p95: out.p95, p99: out.p99 };
      peerPerQuery = out.perQuery;
      if (out.records < args.records) notes.push(`MiniSearch indexed the newest ${out.records.toLocaleString("en-GB")} of ${args.records.toLocaleString("en-GB")} questions (--peer-max)`);
    } catch (e) {
      peer = { skipped: e instanceof Error ? e.message : String(e) };
    }
  }
  phase("peer");
  notes.push("MiniSearch has no phrases (a phrase is all its words) and no unresolved-figures or overdue filter; LIKE ignores OR/NOT (every term required)");

  // 5b. Xapian, on disk, in a child process.
  let xapian: XapianPeer = { skipped: "--no-xapian" };
  let xapianPerQuery: XapianOutput["perQuery"] = [];
  let xapianOverlap: Array<number | null> = [];
  if (args.xapian) {
    const missing = xapianMissing();
    if (missing) xapian = { skipped: missing };
    else {
      const inDb = await db.question.count();
      log(`peer: Xapian over ${Math.min(inDb, args.xapianMax).toLocaleString("en-GB")} questions…`);
      try {
        const out = await runXapian({ dbFile, queries, limit: args.xapianMax, repeats: args.repeats, warmup: args.warmup, workDir: args.dir, reuseIndex: args.reuseDb });
        xapianPerQuery = out.perQuery;
        let overlap20: number | null = null;
        // First pages compared only when Xapian holds every question the app searches.
        if (out.records >= inDb) {
          const appIds: number[][] = [];
          for (const q of queries) appIds.push((await searchQuestions(q.options)).items.map((item) => item.question.id));
          const o = overlapAt20(appIds, out.perQuery.map((p) => p.ids));
          overlap20 = o.mean;
          xapianOverlap = o.perQuery;
        } else notes.push(`Xapian indexed the newest ${out.records.toLocaleString("en-GB")} of ${inDb.toLocaleString("en-GB")} questions (--xapian-max)`);
        xapian = {
          engine: out.engine,
          records: out.records,
          buildSeconds: out.buildSeconds,
          indexBytes: out.indexBytes,
          compactBytes: out.compactBytes,
          rssMaxMB: out.rssMaxMB,
          p50: out.p50,
          p95: out.p95,
          p99: out.p99,
          page: out.page,
          overlap20,
        };
        notes.push(
          "Xapian stems (English, STEM_SOME: a word matches its stem; phrases and prefixes the words as written) where the app's FTS5 index does not, so it matches more; BM25 with FTS5's k1 1.2 and b 0.75, field weights as wdf 3/2/1; its counts are estimates (get_matches_estimated)",
        );
      } catch (e) {
        xapian = { skipped: e instanceof Error ? e.message : String(e) };
      }
    }
  }
  phase("xapian");

  // 6. The production server.
  let buildSeconds: number | null = null;
  let http: LatencyRun | null = null;
  let exportResult: BenchResult["export"] = { skipped: "--no-http" };
  let rssPeakMB: number | null = null;
  let rssSearch: BenchResult["rssSearch"] = null;
  let serverPid: number | null = null;
  if (args.http) {
    let server: BenchServer | null = null;
    try {
      const appDir = args.appDir ?? process.cwd();
      if (args.appDir) notes.push(`the server was built and run from ${args.appDir}, not this checkout`);
      phase("beforeBuild");
      try {
        if (!benchBuildIsCurrent(appDir)) buildSeconds = buildForBench(appDir, log);
      } finally {
        phase("build");
      }
      const port = args.port ?? (await freePort());
      log(`http: next start on port ${port}…`);
      server = await startServer({ appDir, databaseFile: dbFile, port, logFile: path.join(args.dir, "next-start.log") });
      serverPid = server.pid;
      const s = server;
      phase("serverStart");
      s.resetWindow();
      http = await measureLoop(queries, args.repeats, (q) => httpSearch(s.baseUrl, q), args.warmup);
      rssSearch = { peakMB: s.peakRssMB(), ...splitOf(s.windowMaxSplitMB()) };
      phase("searchHttp");
      const exportQuery = await pickExportQuery(queries, app);
      log(`http: CSV export of "${exportQuery.q.label}" (${exportQuery.total.toLocaleString("en-GB")} rows)…`);
      exportResult = await measureExport(server, exportQuery.q, exportQuery.total);
      if (exportResult.rows !== exportQuery.total) notes.push(`export streamed ${exportResult.rows} rows, search counted ${exportQuery.total}`);
      if (exportQuery.total < 100_000) notes.push(`no search in this corpus matches 100,000 rows; the export is of the largest (${exportQuery.total.toLocaleString("en-GB")})`);
      rssPeakMB = server.peakRssMB();
      phase("export");
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      notes.push(`HTTP part failed: ${msg}`);
      if (!("rows" in exportResult)) exportResult = { skipped: msg };
    } finally {
      await server?.stop();
    }
  }
  phase("serverStop");

  const dbFileBytes = imported.dbFileBytes;
  let ftsBytes: number | null = null;
  try {
    ftsBytes = ftsIndexBytes(dbFile);
  } catch (e) {
    notes.push(`FTS5 index size not measured: ${e instanceof Error ? e.message : e}`);
  }
  const walBytes = imported.walBytes;
  const result: BenchResult = {
    records: args.records,
    seed: args.seed,
    analyse: args.analyse,
    mix: args.mix + (args.fieldSyntax ? " (field syntax)" : ""),
    repeats: args.repeats,
    warmup: args.warmup,
    startedAt: new Date(started).toISOString(),
    commit: gitCommit(),
    appDir: args.appDir ?? ".",
    machine: { node: process.version, cpus: os.cpus().length, platform: `${os.platform()} ${os.arch()}` },
    totalSeconds: (Date.now() - started) / 1000 - (buildSeconds ?? 0),
    buildSeconds,
    phases,
    corpus: { bytes: manifest.bytes, files: manifest.files.length, first: manifest.first, last: manifest.last, seconds: manifest.seconds, reused: corpusReused },
    import: { seconds: imported.seconds, questions: imported.questions, answers: imported.answers, rejected: imported.rejected, analysisFailures: imported.analysisFailures, reused: imported.reused },
    importPerSec: imported.questions / imported.seconds,
    dbBytes: dbFileBytes + walBytes,
    dbFileBytes,
    walBytes,
    ftsBytes,
    ...(searchIndex ? { searchIndex } : {}),
    search: {
      queries: queries.length,
      appP50: app.summary.p50,
      appP95: app.summary.p95,
      rankP50: rank.summary.p50,
      rankP95: rank.summary.p95,
      rankP99: rank.summary.p99,
      appP99: app.summary.p99,
      httpP50: http?.summary.p50 ?? null,
      httpP95: http?.summary.p95 ?? null,
      httpP99: http?.summary.p99 ?? null,
      floorP50: floorRun.summary.p50,
      floorP95: floorRun.summary.p95,
      floorP99: floorRun.summary.p99,
      ratioP95: app.summary.p95 / floorRun.summary.p95,
      likeP50: like.summary.p50,
      likeP95: like.summary.p95,
      likeQueries: like.ran.length,
      likeSpeedup,
      unresolvedFilters: unresolved,
      perQuery: queries.map((q, i) => ({
        label: q.label,
        kind: q.kind,
        total: app.perQuery[i]!.total,
        appP50: app.perQuery[i]!.p50,
        rankP50: rank.perQuery[i]!.p50,
        floorP50: floorRun.perQuery[i]!.p50,
        httpP50: http?.perQuery[i]?.p50 ?? null,
        likeMs: like.perQuery.find((p) => p.label === q.label)?.p50 ?? null,
        peerP50: peerPerQuery[i]?.p50 ?? null,
        xapianP50: xapianPerQuery[i]?.p50 ?? null,
        xapianEstimate: xapianPerQuery[i]?.estimate ?? null,
        xapianMatches: xapianPerQuery[i]?.matches ?? null,
        xapianOverlap: xapianOverlap[i] ?? null,
      })),
    },
    peer: { minisearch: peer, xapian },
    timeline: {
      members: timeline.members,
      firstP50: timeline.first.p50,
      firstP95: timeline.first.p95,
      firstWithCountsP95: timeline.firstWithCounts.p95,
      deepP50: timeline.deep.p50,
      deepP95: timeline.deep.p95,
      deepPage: timeline.deepPage,
      rounds: timeline.rounds,
      samples: timeline.samples,
      countSamples: timeline.countSamples,
    },
    export: exportResult,
    rssPeakMB,
    rssSearch,
    serverPid,
    notes,
  };

  await db.$disconnect();
  if (args.save) {
    const files = saveResult(result);
    const chart = drawChart();
    log(`wrote ${[...files, chart].filter(Boolean).map((f) => path.relative(process.cwd(), f!)).join(", ")}`);
  }
  console.log(formatTable(result));
  printSlowest(result);
  return result;
}

function gitCommit(): string {
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" });
  return head.status === 0 ? `${head.stdout.trim()}${dirty.stdout.trim() ? "+" : ""}` : "unknown";
}

function fileSize(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

/** Pages of the FTS5 index's own tables (question_search_data, _idx, _docsize, _config), from SQLite's dbstat. */
function ftsIndexBytes(dbFile: string): number {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return tableBytes(sqlite, "main", `"name" LIKE 'question\\_search\\_%' ESCAPE '\\'`);
  } finally {
    sqlite.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
}

/**
 * The export to time: the smallest search of the mix (plain words only) that
 * matches at least 100,000 questions; without one, "ask", which every
 * question contains ("To ask the Secretary of State…"), i.e. everything.
 */
async function pickExportQuery(queries: readonly ResolvedQuery[], app: LatencyRun): Promise<{ q: ResolvedQuery; total: number }> {
  const plain = queries
    .map((q, i) => ({ q, total: app.perQuery[i]!.total }))
    .filter((x) => (x.q.kind === "common" || x.q.kind === "phrase") && x.total >= 100_000)
    .sort((a, b) => a.total - b.total);
  if (plain.length) return plain[0]!;
  const everything: ResolvedQuery = { label: "ask", kind: "common", options: { q: "ask" }, params: new URLSearchParams({ q: "ask" }), unresolved: [] };
  return { q: everything, total: await appSearch(everything) };
}

function printSlowest(r: BenchResult): void {
  const slow = [...r.search.perQuery].sort((a, b) => b.appP50 - a.appP50).slice(0, 8);
  const ms = (x: number | null | undefined) => (typeof x === "number" ? x.toFixed(1) : "–").padStart(8);
  console.log("\nslowest queries (app p50 ms · floor p50 ms · Xapian p50 ms · matches: app, Xapian (estimate)):");
  for (const q of slow) {
    console.log(`  ${ms(q.appP50)} ${ms(q.floorP50)} ${ms(q.xapianP50)} ${String(q.total).padStart(9)} ${`${q.xapianMatches ?? "–"} (${q.xapianEstimate ?? "–"})`.padStart(16)}  ${q.label}`);
  }
  const xs = r.search.perQuery.filter((q) => typeof q.xapianP50 === "number");
  if (xs.length) {
    const slowX = [...xs].sort((a, b) => b.xapianP50! - a.xapianP50!).slice(0, 5);
    console.log("slowest for Xapian (Xapian p50 ms · app p50 ms · first-page overlap):");
    for (const q of slowX) console.log(`  ${ms(q.xapianP50)} ${ms(q.appP50)} ${(typeof q.xapianOverlap === "number" ? `${Math.round(q.xapianOverlap * 100)}%` : "–").padStart(6)}  ${q.label}`);
  }
}

const splitOf = (m: { anon: number; file: number }) => ({ anonPeakMB: m.anon, filePeakMB: m.file });
