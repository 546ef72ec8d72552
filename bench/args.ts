import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

/** `npm run bench -- …` options. */
export type BenchArgs = {
  records: number;
  seed: number;
  analyse: boolean;
  /** Only draw bench/results/latency.png from the per-size results, then stop. */
  chartOnly: boolean;
  /** Work folder for corpora and databases (not the repository). */
  dir: string;
  source: string | null;
  mix: "main" | "holdout";
  fieldSyntax: boolean;
  repeats: number;
  /** Untimed rounds over the mix before each timed search loop (the app's, the floor's, HTTP, Xapian's). */
  warmup: number;
  http: boolean;
  peer: boolean;
  peerMax: number;
  /** The Xapian peer (python3-xapian in /usr/bin/python3). */
  xapian: boolean;
  xapianMax: number;
  /** Seconds the LIKE baseline may take in all. */
  likeBudget: number;
  /** Keep the database of an earlier run with the same options instead of importing again. */
  reuseDb: boolean;
  /** Time a from-scratch build of the search index after the import (--no-index-build: skip). */
  indexBuild: boolean;
  batchSize: number;
  port: number | null;
  /** Build and serve the app from this folder instead of the checkout (e.g. an exported commit). */
  appDir: string | null;
  /** Save results under bench/results (off for trial runs). */
  save: boolean;
  help: boolean;
};

export const USAGE = `npm run bench -- [--records N] [options]

Generates a corpus of N questions from the real texts in ../shared/data/uk-parliament-api,
imports it into a fresh SQLite database with the app's importer, and measures import speed,
database size, search (app, HTTP, SQLite floor, LIKE baseline, MiniSearch and Xapian peers), member
timelines, a streamed CSV export and the server's memory. Writes bench/results/latest.json,
bench/results/records-N.json and redraws bench/results/latency.png.

  --records N        questions to generate (default 10000)
  --seed S           corpus seed (default 1); same seed, same corpus
  --no-analyse       import without answer analysis (faster; results saved as records-N-no-analyse.json)
  --chart            only redraw bench/results/latency.png from the saved results
  --dir DIR          work folder for corpora and databases (default: $TMPDIR/answerable-bench)
  --source DIR       the real data (default ../shared/data/uk-parliament-api)
  --mix main|holdout query mix: bench/queries.ts (default) or bench/queries-holdout.ts
  --field-syntax     send the filters as field syntax in q (fieldQ) where a query has it
  --repeats R        timed rounds over the mix (default 5; 3 above 200,000 records)
  --warmup W         untimed rounds over the mix before each timed search loop, the peers' too (default 10:
                     V8 optimises the search code only after many calls of each path; one round left the
                     first timed rounds of the first loop 2–5× slower, three its p95 ~2× the steady one)
  --no-http          skip the production server (HTTP search, export, server memory)
  --no-peer          skip the MiniSearch peer
  --peer-max N       index at most the newest N questions in MiniSearch (default 200000)
  --no-xapian        skip the Xapian peer (python3-xapian; recorded as skipped when not installed)
  --xapian-max N     index at most the newest N questions in Xapian (default: all)
  --like-budget S    seconds for the LIKE baseline in all (default 30; it then runs on a subset)
  --no-index-build   skip timing a from-scratch build of the search index (rank index and FTS5); a rank
                     index of an older layout is still rebuilt (untimed) before searching, as npm start does
  --reuse-db         keep the database of an earlier run with the same options (skip the import; migrations
                     added since are applied), and keep the Xapian index between such runs (skip its build;
                     its figures are the first build's)
  --batch-size N     import batch size (default: the importer's)
  --port P           port for next start (default: a free one)
  --app-dir DIR      build (into DIR/.next-bench) and serve the app from DIR instead of this checkout,
                     e.g. a commit exported with git archive while the work tree does not build
  --no-save          print only; do not write bench/results
`;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      records: { type: "string" },
      seed: { type: "string" },
      "no-analyse": { type: "boolean" },
      "no-analyze": { type: "boolean" },
      chart: { type: "boolean" },
      dir: { type: "string" },
      source: { type: "string" },
      mix: { type: "string" },
      "field-syntax": { type: "boolean" },
      repeats: { type: "string" },
      warmup: { type: "string" },
      "no-http": { type: "boolean" },
      "no-peer": { type: "boolean" },
      "peer-max": { type: "string" },
      "no-xapian": { type: "boolean" },
      "xapian-max": { type: "string" },
      "like-budget": { type: "string" },
      "reuse-db": { type: "boolean" },
      "no-index-build": { type: "boolean" },
      "batch-size": { type: "string" },
      port: { type: "string" },
      "app-dir": { type: "string" },
      "no-save": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  const int = (name: string, v: string | undefined, dflt: number, min = 1): number => {
    if (v === undefined) return dflt;
    const n = Number(v.replace(/_/g, ""));
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}, got "${v}"`);
    return n;
  };
  const records = int("records", values.records, 10_000);
  const mix = values.mix ?? "main";
  if (mix !== "main" && mix !== "holdout") throw new Error(`--mix must be main or holdout, got "${mix}"`);
  return {
    records,
    seed: int("seed", values.seed, 1, 0),
    analyse: !values["no-analyse"] && !values["no-analyze"],
    chartOnly: !!values.chart,
    dir: path.resolve(values.dir ?? path.join(os.tmpdir(), "answerable-bench")),
    source: values.source ? path.resolve(values.source) : null,
    mix,
    fieldSyntax: !!values["field-syntax"],
    repeats: int("repeats", values.repeats, records > 200_000 ? 3 : 5),
    warmup: int("warmup", values.warmup, 10),
    http: !values["no-http"],
    peer: !values["no-peer"],
    peerMax: int("peer-max", values["peer-max"], 200_000),
    xapian: !values["no-xapian"],
    xapianMax: int("xapian-max", values["xapian-max"], Number.MAX_SAFE_INTEGER),
    likeBudget: int("like-budget", values["like-budget"], 30, 0),
    reuseDb: !!values["reuse-db"],
    indexBuild: !values["no-index-build"],
    batchSize: int("batch-size", values["batch-size"], 0, 0),
    port: values.port ? int("port", values.port, 0) : null,
    appDir: values["app-dir"] ? path.resolve(values["app-dir"]) : null,
    save: !values["no-save"],
    help: !!values.help,
  };
}
