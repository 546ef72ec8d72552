import { db as defaultDb, type Db } from "@/lib/db";
import { DomainValidationError } from "@/lib/data/errors";
import type { ImportQuestion, ImportRejection } from "@/lib/import/types";
import { parseUkParliamentJson } from "@/lib/import/uk-parliament-api";
import { completeTruncated } from "@/lib/sync/detail";
import { analysisFailures, upsertImportedQuestion, type EntityCounts, type UpsertResult } from "@/lib/import/upsert";
import { ApiClient, HttpError, type ApiClientOptions } from "@/lib/sync/http";
import { listUrl, queryKey, type Pass, type SyncQuery } from "@/lib/sync/options";
import { TokenBucket } from "@/lib/sync/rate-limiter";
import { readState, writeStateAtomic, type SyncState } from "@/lib/sync/state";

export type RunSyncOptions = {
  baseUrl: string;
  since: string;
  until?: string | null;
  house?: "Commons" | "Lords" | null;
  memberId?: number | null;
  passes?: Pass[];
  pageSize?: number;
  ratePerSecond?: number;
  burst?: number;
  stateFile: string;
  restart?: boolean;
  analyse?: boolean;
  timeoutMs?: number;
  retries?: number;
  backoff?: ApiClientOptions["backoff"];
  /** Parallel detail fetches within a page (the rate limit still applies). */
  detailConcurrency?: number;
  client?: Db;
  log?: (line: string) => void;
  /** Called after each committed page; tests use it to simulate a crash. */
  onPage?: (info: PageInfo) => void;
  /** Stops after the current page; what is committed and recorded stays consistent. */
  signal?: AbortSignal;
};

export type PageInfo = { pass: Pass; page: number; skip: number; records: number; totalResults: number };
type Counts = EntityCounts & { rejected: number };
export type SyncSummary = {
  questions: Counts;
  answers: Counts;
  members: Counts;
  bodies: Counts;
  rejections: ImportRejection[];
  pages: number;
  records: number;
  details: number;
  /** Truncated records whose full text was already stored, so no detail request was made. */
  detailsSkipped: number;
  /** Truncated records whose detail could not be fetched (4xx): stored as excerpts. */
  detailFailures: string[];
  requests: number;
  retries: number;
  seconds: number;
  recordsPerSecond: number;
  interrupted: boolean;
  resumed: Array<{ pass: Pass; skip: number }>;
  analysisFailures: Array<{ answerId: number; reason: string }>;
};

const TX = { timeout: 10 * 60_000, maxWait: 60_000 };
const counts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
const add = (into: Counts, from: EntityCounts) => {
  into.created += from.created;
  into.updated += from.updated;
  into.unchanged += from.unchanged;
};
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export async function runSync(opts: RunSyncOptions): Promise<SyncSummary> {
  const started = Date.now();
  const client = opts.client ?? defaultDb;
  const log = opts.log ?? (() => undefined);
  const pageSize = opts.pageSize ?? 50;
  const api = new ApiClient({
    limiter: new TokenBucket(opts.ratePerSecond ?? 5, opts.burst),
    timeoutMs: opts.timeoutMs,
    retries: opts.retries,
    backoff: opts.backoff,
    onRetry: (r) => log(`  retry ${r.attempt} in ${r.delayMs} ms: ${r.reason} (${r.url})`),
  });
  const summary: SyncSummary = {
    questions: counts(), answers: counts(), members: counts(), bodies: counts(), rejections: [],
    pages: 0, records: 0, details: 0, detailsSkipped: 0, detailFailures: [], requests: 0, retries: 0, seconds: 0, recordsPerSecond: 0,
    interrupted: false, resumed: [], analysisFailures: [],
  };
  analysisFailures.length = 0;
  const state: SyncState = opts.restart ? { version: 1, queries: {} } : await readState(opts.stateFile);
  const seen = new Set<string>();

  try {
    for (const pass of opts.passes ?? ["tabled", "answered"]) {
      const query: SyncQuery = { baseUrl: opts.baseUrl, pass, since: opts.since, until: opts.until, house: opts.house, memberId: opts.memberId };
      const key = queryKey(query);
      const saved = state.queries[key];
      let skip = saved && !saved.complete ? saved.nextSkip : 0;
      if (skip > 0) {
        summary.resumed.push({ pass, skip });
        log(`[${pass}] resuming at record ${skip} (from ${opts.stateFile})`);
      }
      for (let page = 1; ; page++) {
        if (opts.signal?.aborted) return void (summary.interrupted = true), summary;
        const url = listUrl(query, skip, pageSize);
        const doc = await api.getJson(url);
        if (!isObj(doc) || !Array.isArray(doc.results)) throw new HttpError(url, 200, `unexpected response from ${url} (expected { totalResults, results })`);
        const total = typeof doc.totalResults === "number" ? doc.totalResults : null;
        // Live data is as of the moment it was fetched: it outranks any older snapshot file.
        const fetchedOn = new Date();
        const parsed = parseUkParliamentJson(JSON.stringify(doc), url, { capturedAt: new Date(Date.UTC(fetchedOn.getUTCFullYear(), fetchedOn.getUTCMonth(), fetchedOn.getUTCDate())) });
        const items = parsed.kind === "questions" ? [...parsed.items] : [];
        const records = await completeTruncated(api, client, opts.baseUrl, items.flatMap((i) => (i.ok ? [i.record] : [])), summary, opts.detailConcurrency);
        const pageRejections = items.flatMap((i) => (i.ok ? [] : [i.rejection]));
        const results = await client.$transaction((tx) => upsertPage(tx, records, { analyse: opts.analyse, seen }), TX);

        // Counted, and the state advanced, only once the page is committed.
        const nextSkip = skip + doc.results.length;
        // totalResults decides when present: the server may cap `take` below what was asked.
        const done = doc.results.length === 0 || (total != null ? nextSkip >= total : doc.results.length < pageSize);
        state.queries[key] = { nextSkip: done ? 0 : nextSkip, totalResults: total, complete: done, updatedAt: new Date().toISOString() };
        await writeStateAtomic(opts.stateFile, state);
        const before = { ...summary.questions };
        for (const r of results) {
          if (r.ok) {
            summary.questions[r.r.question]++;
            add(summary.answers, r.r.answers);
            add(summary.members, r.r.members);
            add(summary.bodies, r.r.bodies);
          } else pageRejections.push(r.rejection);
        }
        summary.rejections.push(...pageRejections);
        summary.questions.rejected += pageRejections.length;
        summary.pages++;
        summary.records += doc.results.length;
        const d = (k: keyof Counts) => summary.questions[k] - before[k];
        log(
          `[${pass}] page ${page}: records ${skip + 1}–${nextSkip}${total != null ? ` of ${total}` : ""}; ` +
            `${d("created")} created, ${d("updated")} updated, ${d("unchanged")} unchanged, ${d("rejected")} rejected; ` +
            `${api.stats.requests} requests, ${api.stats.retries} retries`,
        );
        opts.onPage?.({ pass, page, skip, records: doc.results.length, totalResults: total ?? nextSkip });
        if (done) break;
        skip = nextSkip;
      }
    }
    return summary;
  } finally {
    summary.requests = api.stats.requests;
    summary.retries = api.stats.retries;
    summary.analysisFailures = analysisFailures.splice(0);
    summary.seconds = (Date.now() - started) / 1000;
    summary.recordsPerSecond = summary.records / Math.max(summary.seconds, 0.001);
  }
}

type PageResult = { ok: true; r: UpsertResult } | { ok: false; rejection: ImportRejection };
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function upsertPage(tx: Tx, records: ImportQuestion[], o: { analyse?: boolean; seen: Set<string> }): Promise<PageResult[]> {
  const out: PageResult[] = [];
  for (const record of records) {
    // A savepoint per record: a bad one is undone alone and the page goes on.
    await tx.$executeRawUnsafe("SAVEPOINT sync_record");
    try {
      out.push({ ok: true, r: await upsertImportedQuestion(tx, record, { analyse: o.analyse, seen: o.seen }) });
    } catch (e) {
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT sync_record");
      out.push({ ok: false, rejection: { sourceRef: record.sourceRef, reason: describeError(e) } });
    }
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT sync_record");
  }
  return out;
}

function describeError(e: unknown): string {
  if (e instanceof DomainValidationError) return Object.entries(e.fieldErrors).map(([f, m]) => `${f}: ${m.join(" ")}`).join("; ");
  return e instanceof Error ? e.message : String(e);
}

export function formatSyncSummary(s: SyncSummary): string {
  const row = (label: string, c: Counts) =>
    `  ${label.padEnd(17)} ${String(c.created).padStart(8)} ${String(c.updated).padStart(8)} ${String(c.unchanged).padStart(10)} ${String(c.rejected).padStart(9)}`;
  const lines = [
    s.interrupted ? "Interrupted: stopped after the last committed page; run the same command again to resume." : "",
    ...s.resumed.map((r) => `  resumed the ${r.pass} pass at record ${r.skip}`),
    `  ${s.records} records in ${s.pages} pages, ${s.details} full texts from the detail endpoint${s.detailsSkipped ? ` (${s.detailsSkipped} already stored)` : ""}`,
    `  ${"".padEnd(17)} ${"created".padStart(8)} ${"updated".padStart(8)} ${"unchanged".padStart(10)} ${"rejected".padStart(9)}`,
    row("questions", s.questions),
    row("answers", s.answers),
    row("members", s.members),
    row("answering bodies", s.bodies),
    `  ${s.requests} requests, ${s.retries} retries, ${s.seconds.toFixed(1)} s, ${Math.round(s.recordsPerSecond)} records/s`,
  ].filter(Boolean);
  if (s.detailFailures.length) lines.push(`Kept as excerpts (detail not available): ${s.detailFailures.length}`, ...s.detailFailures.slice(0, 10).map((f) => `  ${f}`));
  if (s.analysisFailures.length) lines.push(`Analysis failed for ${s.analysisFailures.length} answer(s) (kept, not analysed)`);
  if (s.rejections.length) lines.push(`Rejected (${s.rejections.length}):`, ...s.rejections.map((r) => `  ${r.sourceRef}: ${r.reason}`));
  return lines.join("\n");
}
