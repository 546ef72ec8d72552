import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { db as defaultDb, type Db, type DbOrTx } from "@/lib/db";
import { DomainValidationError } from "@/lib/data/errors";
import { detectFile, detectXmlDialect } from "@/lib/import/detect";
import { parseHansardXml } from "@/lib/import/hansard-xml";
import { parseMojXml } from "@/lib/import/moj-xml";
import { completeFromLongform, loadLongform, type LongformIndex } from "@/lib/import/longform";
import type { Progress } from "@/lib/import/progress";
import type { ImportQuestion, ImportRejection, ParsedItem } from "@/lib/import/types";
import { parseUkParliamentJson, type MembersAndBodies } from "@/lib/import/uk-parliament-api";
import { SqliteBulkWriter, type BulkOutcome, type NewRecord } from "@/lib/import/bulk-sqlite";
import { inThreadPrep, prepareAhead, type AnswerPrepPool } from "@/lib/import/answer-prep";
import { resolveRecordPeople, type RecordPeople } from "@/lib/import/upsert-people";
import { env } from "@/lib/env";
import { validateImportRecord } from "@/lib/import/upsert";
import { analysisFailures, clearImportCache, createImportCache, prefetchQuestions, upsertImportedBody, upsertImportedMember, upsertImportedQuestion, type EntityCounts, type UpsertResult } from "@/lib/import/upsert";

export type RunImportOptions = {
  paths: string[];
  dryRun?: boolean;
  /** Full texts for truncated records; gzip files among `paths` are used the same way. */
  longform?: string | null;
  /** Skip content detection and read every file as this format. */
  format?: "uk-parliament-api" | null;
  /** Run answer analysis on new answers (default true). */
  analyse?: boolean;
  batchSize?: number;
  client?: Db;
  progress?: Progress | null;
  /** Stops after the current batch (Ctrl-C); what is committed stays consistent. */
  signal?: AbortSignal;
  /**
   * Write records not stored yet through the prepared-statement lane
   * (bulk-sqlite.ts; default true). Needs the database file: `databaseUrl`, or
   * DATABASE_URL when `client` is the app's own.
   */
  bulk?: boolean;
  databaseUrl?: string;
  /**
   * Prepares answers (sanitise, analyse) for the bulk lane, e.g. worker threads
   * from answer-prep-pool.ts (command-line callers pass one; the app stays in-thread).
   */
  prepPool?: AnswerPrepPool;
};

type Counts = EntityCounts & { rejected: number };
export type ImportSummary = {
  files: { file: string; format: string; records: number; rejected: number; seconds: number }[];
  questions: Counts;
  answers: Counts;
  members: Counts;
  bodies: Counts;
  rejections: ImportRejection[];
  seconds: number;
  recordsPerSecond: number;
  dryRun: boolean;
  interrupted: boolean;
  /** Answers imported whose analysis failed (kept unanalysed; `npm run analyze` retries). */
  analysisFailures: Array<{ answerId: number; reason: string }>;
};

export class UsageError extends Error {}
class DryRunRollback extends Error {}

const counts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
const add = (into: Counts, from: EntityCounts) => {
  into.created += from.created;
  into.updated += from.updated;
  into.unchanged += from.unchanged;
};
/** Records per bulk-lane transaction (larger ones measured no faster). */
const BULK_CHUNK = 125;
// Long batches (analysis runs per new answer) must not hit Prisma's 5 s default.
const TX = { timeout: 30 * 60_000, maxWait: 60_000 };

export async function collectFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) throw new UsageError(`No such file or folder: ${p}`);
    if (s.isDirectory()) {
      const entries = (await readdir(p, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith("."));
      out.push(...entries.map((e) => path.join(e.parentPath, e.name)).sort());
    } else out.push(p);
  }
  return [...new Set(out)];
}

const XML_PARSERS = { "hansard-xml": parseHansardXml, "moj-xml": parseMojXml } as const;

type Source = { kind: "questions"; format: string; items: Iterable<ParsedItem> } | { kind: "people"; data: MembersAndBodies } | { kind: "skip"; format: string } | { kind: "invalid"; format: string; reason: string };

async function openSource(file: string, forced: RunImportOptions["format"]): Promise<Source> {
  const detected = forced ? "json" : await detectFile(file);
  const name = path.basename(file);
  if (detected === "gzip") return { kind: "skip", format: "longform (full texts)" };
  if (detected === "json") {
    const parsed = parseUkParliamentJson(await readFile(file, "utf8"), name);
    if (parsed.kind === "questions") return { kind: "questions", format: "uk-parliament-api", items: parsed.items };
    if (parsed.kind === "members-and-bodies") return { kind: "people", data: parsed.data };
    return { kind: "invalid", format: "json", reason: parsed.reason };
  }
  if (detected === "xml") {
    const buf = await readFile(file);
    const dialect = detectXmlDialect(buf.toString("latin1"));
    if (dialect === "unknown") return { kind: "invalid", format: "xml", reason: "XML format not recognised (expected Hansard <publicwhip> or the MoJ PQ feed)" };
    return { kind: "questions", format: dialect, items: XML_PARSERS[dialect](buf, name) };
  }
  return { kind: "invalid", format: "unknown", reason: "format not recognised (expected JSON, XML or gzip)" };
}

/** Ids of truncated records, so only their full texts are held in memory. */
async function truncatedIds(files: string[], forced: RunImportOptions["format"]): Promise<Set<number>> {
  const ids = new Set<number>();
  for (const file of files) {
    if (!forced && (await detectFile(file)) !== "json") continue;
    const parsed = parseUkParliamentJson(await readFile(file, "utf8"), path.basename(file));
    if (parsed.kind !== "questions") continue;
    for (const item of parsed.items) {
      if (item.ok && item.record.parliamentId != null && (item.record.textTruncated || item.record.answers.some((a) => a.truncated))) ids.add(item.record.parliamentId);
    }
  }
  return ids;
}

export async function runImport(opts: RunImportOptions): Promise<ImportSummary> {
  const client = opts.client ?? defaultDb;
  const bulkFile = opts.bulk === false || opts.dryRun ? null : sqliteFile(opts.databaseUrl ?? (opts.client ? null : env.DATABASE_URL));
  const writer = bulkFile ? new SqliteBulkWriter(bulkFile) : null;
  const pool = writer ? (opts.prepPool ?? inThreadPrep) : null;
  try {
    return await importFiles(opts, client, writer, pool);
  } finally {
    writer?.close();
  }
}

/** The SQLite file behind a URL, or null for another database. */
function sqliteFile(url: string | null): string | null {
  return url?.startsWith("file:") ? path.resolve(url.slice("file:".length)) : null;
}

async function importFiles(opts: RunImportOptions, client: Db, writer: SqliteBulkWriter | null, pool: AnswerPrepPool | null): Promise<ImportSummary> {
  const started = Date.now();
  const files = await collectFiles(opts.paths);
  if (!files.length) throw new UsageError("No files to import.");
  if (opts.longform && !existsSync(opts.longform)) throw new UsageError(`No such longform file: ${opts.longform}`);
  const summary: ImportSummary = {
    files: [], questions: counts(), answers: counts(), members: counts(), bodies: counts(),
    rejections: [], seconds: 0, recordsPerSecond: 0, dryRun: !!opts.dryRun, interrupted: false, analysisFailures: [],
  };
  analysisFailures.length = 0;

  const longformFiles = [...(opts.longform ? [opts.longform] : []), ...(opts.format ? [] : await gzipFiles(files))];
  let longform: LongformIndex | null = null;
  if (longformFiles.length) {
    const wanted = await truncatedIds(files.filter((f) => !longformFiles.includes(f)), opts.format);
    longform = new Map();
    for (const f of longformFiles) for (const [k, v] of await loadLongform(f, wanted)) longform.set(k, v);
  }

  const seen = new Set<string>();
  const cache = createImportCache();
  // The bulk lane commits in chunks of its own; larger batches only mean fewer Prisma round trips.
  const batchSize = opts.batchSize ?? (writer ? 1000 : 200);
  let total = 0;

  const importAll = async (outer: DbOrTx | null) => {
    const inTx = async <T>(fn: (tx: DbOrTx) => Promise<T>) => {
      if (outer) return fn(outer);
      try {
        return await client.$transaction((tx) => fn(tx), TX);
      } catch (e) {
        clearImportCache(cache); // it may name rows the rollback removed
        throw e;
      }
    };
    for (const file of files) {
      if (opts.signal?.aborted) return void (summary.interrupted = true);
      const fileStarted = Date.now();
      const name = path.basename(file);
      const source = await openSource(file, opts.format);
      const entry = { file, format: source.kind === "people" ? "members-and-bodies" : source.format, records: 0, rejected: 0, seconds: 0 };
      summary.files.push(entry);
      if (source.kind === "skip") continue;
      if (source.kind === "invalid") {
        summary.rejections.push({ sourceRef: name, reason: source.reason });
        summary.questions.rejected++;
        entry.rejected++;
        continue;
      }
      if (source.kind === "people") {
        const result = await inTx(async (tx) => {
          const r = { members: counts(), bodies: counts() };
          const people = { cache, authoritative: true };
          for (const m of source.data.members) r.members[(await upsertImportedMember(tx, m, people)).outcome]++;
          for (const b of source.data.bodies) r.bodies[(await upsertImportedBody(tx, b, people)).outcome]++;
          return r;
        });
        add(summary.members, result.members);
        add(summary.bodies, result.bodies);
        entry.records = source.data.members.length + source.data.bodies.length;
        continue;
      }

      let batch: ImportQuestion[] = [];
      const flush = async () => {
        if (!batch.length) return;
        const records = batch;
        batch = [];
        const merge = writer ? await writeNewRecords(records) : records;
        await mergeRecords(merge);
        total += records.length;
        opts.progress?.update(total, name);
      };

      /** The fast lane: people through Prisma, then the new records through prepared statements. Returns what needs merging. */
      const writeNewRecords = async (records: ImportQuestion[]): Promise<ImportQuestion[]> => {
        const merge: ImportQuestion[] = [];
        const fresh: ImportQuestion[] = [];
        const keys = new Set<string>();
        for (const r of records) {
          const own = [r.parliamentId != null ? `p:${r.parliamentId}` : null, `k:${r.house}:${r.uin.trim().toUpperCase()}:${r.dateTabled?.getTime?.()}`].filter((k): k is string => !!k);
          // Invalid records and second copies of one question take the merging path (which rejects or merges them).
          if (validateImportRecord(r) || own.some((k) => keys.has(k)) || writer!.isStored(r)) merge.push(r);
          else {
            fresh.push(r);
            for (const k of own) keys.add(k);
          }
        }
        if (!fresh.length) return merge;
        const analyse = opts.analyse ?? true;
        const prep = prepareAhead(pool!, fresh, analyse);
        const people = await inTx(async (tx) => {
          const out: Array<{ record: ImportQuestion; people: RecordPeople | null; reason?: string }> = [];
          for (const record of fresh) {
            try {
              out.push({ record, people: await resolveRecordPeople(tx, record, { seen, cache }) });
            } catch (e) {
              out.push({ record, people: null, reason: describeError(e) });
            }
          }
          return out;
        }).catch(async (e) => {
          await prep.settled();
          throw e;
        });
        const ready: Array<NewRecord & RecordPeople> = people.flatMap((p) => (p.people ? [{ record: p.record, ...p.people }] : []));
        const outcomes: BulkOutcome[] = [];
        try {
          for (let i = 0; i < ready.length; i += BULK_CHUNK) {
            const chunk = ready.slice(i, i + BULK_CHUNK);
            for (const r of chunk) r.prepared = await prep.of(r.record);
            outcomes.push(...(await writer!.writeNew(chunk, { analyse })));
          }
        } catch (e) {
          clearImportCache(cache);
          throw e;
        } finally {
          await prep.settled();
        }
        for (const p of people) {
          if (p.people) continue;
          summary.rejections.push({ sourceRef: p.record.sourceRef, reason: p.reason! });
          summary.questions.rejected++;
          entry.rejected++;
        }
        for (const [i, o] of outcomes.entries()) {
          const r = ready[i]!;
          if (o.ok === "merge") merge.push(o.record);
          else if (o.ok) {
            summary.questions.created++;
            add(summary.answers, o.answers);
            add(summary.members, r.members);
            add(summary.bodies, r.bodies);
          } else {
            summary.rejections.push({ sourceRef: o.sourceRef, reason: o.reason });
            summary.questions.rejected++;
            entry.rejected++;
          }
        }
        return merge;
      };

      const mergeRecords = async (records: ImportQuestion[]) => {
        if (!records.length) return;
        const results = await inTx(async (tx) => {
          const out: Array<{ ok: true; r: UpsertResult; sourceRef: string } | { ok: false; rejection: ImportRejection }> = [];
          const prefetch = await prefetchQuestions(tx, records);
          for (const record of records) {
            // A savepoint per record: a bad one is undone alone and the batch goes on.
            await tx.$executeRawUnsafe("SAVEPOINT import_record");
            try {
              out.push({ ok: true, r: await upsertImportedQuestion(tx, record, { analyse: opts.analyse, seen, cache, prefetch }), sourceRef: record.sourceRef });
            } catch (e) {
              await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_record");
              clearImportCache(cache);
              out.push({ ok: false, rejection: { sourceRef: record.sourceRef, reason: describeError(e) } });
            }
            await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_record");
          }
          return out;
        });
        // Counted only once the batch is committed, so the summary matches the database.
        for (const r of results) {
          if (r.ok) {
            // IMPORT_LOG_CHANGES=1 names what each updated record changed (to trace sources that disagree).
            if (process.env.IMPORT_LOG_CHANGES && r.r.changedFields.length) console.error(`changed ${r.sourceRef}: ${r.r.changedFields.join(", ")}`);
            summary.questions[r.r.question]++;
            add(summary.answers, r.r.answers);
            add(summary.members, r.r.members);
            add(summary.bodies, r.r.bodies);
          } else {
            summary.rejections.push(r.rejection);
            summary.questions.rejected++;
            entry.rejected++;
          }
        }
      };

      for (const item of source.items) {
        entry.records++;
        if (!item.ok) {
          summary.rejections.push(item.rejection);
          summary.questions.rejected++;
          entry.rejected++;
          continue;
        }
        batch.push(longform ? completeFromLongform(item.record, longform) : item.record);
        if (batch.length >= batchSize) {
          await flush();
          if (opts.signal?.aborted) return void (summary.interrupted = true);
        }
      }
      await flush();
      entry.seconds = (Date.now() - fileStarted) / 1000;
    }
  };

  if (opts.dryRun) {
    await client
      .$transaction(async (tx) => {
        await importAll(tx);
        throw new DryRunRollback();
      }, TX)
      .catch((e) => {
        if (!(e instanceof DryRunRollback)) throw e;
      });
  } else {
    await importAll(null);
  }
  opts.progress?.done();
  summary.analysisFailures = analysisFailures.splice(0);
  summary.seconds = (Date.now() - started) / 1000;
  const records = summary.files.reduce((n, f) => n + f.records, 0);
  summary.recordsPerSecond = records / Math.max(summary.seconds, 0.001);
  return summary;
}

async function gzipFiles(files: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const f of files) if ((await detectFile(f)) === "gzip") out.push(f);
  return out;
}

function describeError(e: unknown): string {
  if (e instanceof DomainValidationError) {
    return Object.entries(e.fieldErrors).map(([field, msgs]) => `${field}: ${msgs.join(" ")}`).join("; ");
  }
  return e instanceof Error ? e.message : String(e);
}

export function formatSummary(s: ImportSummary): string {
  const row = (label: string, c: Counts) =>
    `  ${label.padEnd(17)} ${String(c.created).padStart(8)} ${String(c.updated).padStart(8)} ${String(c.unchanged).padStart(10)} ${String(c.rejected).padStart(9)}`;
  const lines = [
    s.dryRun ? "DRY RUN: everything below was rolled back; the database is unchanged." : "",
    s.interrupted ? "Interrupted: stopped after the last committed batch; run the same command again to finish." : "",
    ...s.files.map((f) => `  ${f.file}: ${f.format}, ${f.records} records${f.rejected ? `, ${f.rejected} rejected` : ""}`),
    `  ${"".padEnd(17)} ${"created".padStart(8)} ${"updated".padStart(8)} ${"unchanged".padStart(10)} ${"rejected".padStart(9)}`,
    row("questions", s.questions),
    row("answers", s.answers),
    row("members", s.members),
    row("answering bodies", s.bodies),
    `  ${s.seconds.toFixed(1)} s, ${Math.round(s.recordsPerSecond)} records/s`,
  ].filter(Boolean);
  if (s.analysisFailures.length) {
    lines.push(`Analysis failed for ${s.analysisFailures.length} imported answer(s) (kept, not analysed):`);
    for (const f of s.analysisFailures.slice(0, 10)) lines.push(`  answer ${f.answerId}: ${f.reason}`);
  }
  if (s.rejections.length) {
    lines.push(`Rejected (${s.rejections.length}):`);
    for (const r of s.rejections) lines.push(`  ${r.sourceRef}: ${r.reason}`);
  }
  return lines.join("\n");
}
