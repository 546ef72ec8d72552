import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { resolveSearchCriteria } from "@/lib/data/search";
import { parseFts } from "@/bench/fts-query";
import { summarise } from "@/bench/stats";
import { toXapian, xapianFilter, type XapianFilter, type XapianQuery } from "@/bench/xapian-query";
import type { ResolvedQuery } from "@/bench/measure-search";

/**
 * The Xapian peer: bench/peer-xapian.py in a child process (Debian's
 * python3-xapian, run with /usr/bin/python3) on the same database and
 * queries, each translated here from the FTS5 expression and filters the app
 * would use (bench/xapian-query.ts) and sent as JSON.
 */
export const XAPIAN_PYTHON = "/usr/bin/python3";
export const XAPIAN_MISSING = "python3-xapian not installed (apt-get install -y python3-xapian)";

export type XapianInput = {
  dbFile: string;
  indexDir: string;
  limit: number;
  repeats: number;
  warmup: number;
  pageSize: number;
  compact: boolean;
  keepIndex: boolean;
  reuseIndex: boolean;
  /** Also count every query's matches exactly (untimed, after the warm-up). */
  exactCounts: boolean;
  /** Also time each search with its result page: the hits' rows from the database and a snippet each (MSet.snippet). */
  withPage: boolean;
  queries: Array<{ label: string; query: XapianQuery | null; filter: XapianFilter | null; browse: boolean }>;
};

type RawOutput = {
  engine: string;
  records: number;
  buildSeconds: number;
  indexBytes: number;
  compactBytes: number | null;
  compactSeconds: number | null;
  rssMaxMB: number;
  samples: number[];
  pageSamples: number[];
  perQuery: Array<{ label: string; estimate: number; matches: number | null; ids: number[]; samples: number[] }>;
};

export type XapianOutput = Omit<RawOutput, "samples" | "pageSamples" | "perQuery"> & {
  p50: number;
  p95: number;
  p99: number;
  /** With the result page (rows and snippets), when timed. */
  page: { p50: number; p95: number; p99: number } | null;
  perQuery: Array<{ label: string; estimate: number; matches: number | null; ids: number[]; p50: number }>;
};

/** Why the Xapian peer cannot run here, or null when it can. */
export function xapianMissing(python = XAPIAN_PYTHON): string | null {
  const r = spawnSync(python, ["-c", "import xapian"], { encoding: "utf8" });
  return r.status === 0 ? null : XAPIAN_MISSING;
}

/** One query of the mix as the Python side takes it. */
export async function xapianQueryOf(q: ResolvedQuery, today = new Date()): Promise<XapianInput["queries"][number]> {
  const { parsed, filters } = await resolveSearchCriteria(q.options);
  let query: XapianQuery | null = parsed.ftsQuery ? toXapian(parseFts(parsed.ftsQuery)) : null;
  // Exclusions alone (filters and -word, nothing to look for): every document but those.
  if (!query && filters.excludeFts) query = { op: "and_not", left: { op: "all" }, right: toXapian(parseFts(filters.excludeFts)) };
  return { label: q.label, query, filter: xapianFilter(filters, today), browse: !parsed.ftsQuery };
}

export async function runXapian(opts: {
  dbFile: string;
  queries: readonly ResolvedQuery[];
  limit: number;
  repeats: number;
  /** Untimed rounds before the timed ones (default 1). */
  warmup?: number;
  workDir: string;
  compact?: boolean;
  exactCounts?: boolean;
  python?: string;
  /** Keep the index, and use one kept by an earlier run over the same database (with its build figures). */
  reuseIndex?: boolean;
  /** Also time the searches with their result pages (default true). */
  withPage?: boolean;
}): Promise<XapianOutput> {
  const input: XapianInput = {
    dbFile: opts.dbFile,
    indexDir: path.join(opts.workDir, `xapian-${path.basename(opts.dbFile, ".db")}`),
    limit: opts.limit,
    repeats: opts.repeats,
    warmup: opts.warmup ?? 1,
    pageSize: 20,
    compact: opts.compact ?? true,
    keepIndex: opts.reuseIndex ?? false,
    reuseIndex: opts.reuseIndex ?? false,
    exactCounts: opts.exactCounts ?? true,
    withPage: opts.withPage ?? true,
    queries: await Promise.all(opts.queries.map((q) => xapianQueryOf(q))),
  };
  const file = path.join(opts.workDir, "xapian-input.json");
  writeFileSync(file, JSON.stringify(input));
  const child = spawn(opts.python ?? XAPIAN_PYTHON, [path.resolve("bench/peer-xapian.py"), file], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise<number | null>((r) => {
    child.on("error", () => r(-1));
    child.on("exit", (c) => r(c));
  });
  if (code !== 0) throw new Error(`xapian peer failed (exit ${code}): ${stderr.trim().split("\n").slice(-5).join(" | ")}`);
  const raw = JSON.parse(stdout.trim().split("\n").pop()!) as RawOutput;
  const all = summarise(raw.samples);
  const { samples: _samples, pageSamples, perQuery, ...figures } = raw;
  const page = pageSamples?.length ? summarise(pageSamples) : null;
  return {
    ...figures,
    p50: all.p50,
    p95: all.p95,
    p99: all.p99,
    page: page ? { p50: page.p50, p95: page.p95, p99: page.p99 } : null,
    perQuery: perQuery.map((p) => ({ label: p.label, estimate: p.estimate, matches: p.matches, ids: p.ids, p50: summarise(p.samples).p50 })),
  };
}

/**
 * How far two first pages agree: per query, the share of the app's first
 * page (up to 20 ids) that is also on Xapian's; the mean over queries where
 * the app found something. Null when no query found anything.
 */
export function overlapAt20(app: readonly (readonly number[])[], xapian: readonly (readonly number[])[]): { mean: number | null; perQuery: Array<number | null> } {
  const perQuery = app.map((ids, i) => {
    if (!ids.length) return null;
    const other = new Set(xapian[i] ?? []);
    return ids.filter((id) => other.has(id)).length / ids.length;
  });
  const known = perQuery.filter((x): x is number => x !== null);
  return { mean: known.length ? known.reduce((a, b) => a + b, 0) / known.length : null, perQuery };
}
