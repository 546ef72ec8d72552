import type { ResolvedQuery } from "@/bench/measure-search";
import type { BenchServer } from "@/bench/server";

/** GET /api/search with the query's parameters; the whole body is read, as a client would. */
export async function httpSearch(baseUrl: string, q: ResolvedQuery): Promise<number> {
  const res = await fetch(`${baseUrl}/api/search?${q.params}`);
  const body = (await res.json()) as { total?: number; error?: string };
  if (!res.ok) throw new Error(`GET /api/search?${q.params} → ${res.status} ${body.error ?? ""}`);
  return body.total ?? 0;
}

/**
 * Counts CSV records in a stream, quote-aware (a quoted field may hold line
 * breaks). Feed chunks, then read `records` (the header counts as one).
 */
export class CsvRecordCounter {
  records = 0;
  private inQuotes = false;
  private lineHasData = false;

  push(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 34 /* " */) {
        this.inQuotes = !this.inQuotes; // "" inside quotes toggles twice: no change
        this.lineHasData = true;
      } else if (c === 10 /* \n */ && !this.inQuotes) {
        if (this.lineHasData) this.records++;
        this.lineHasData = false;
      } else if (c !== 13 /* \r */) {
        this.lineHasData = true;
      }
    }
  }

  end(): number {
    if (this.lineHasData) this.records++;
    this.lineHasData = false;
    return this.records;
  }
}

export type ExportResult = { q: string; expected: number; rows: number; bytes: number; seconds: number; rowsPerSec: number; rssMaxMB: number; rssBeforeMB: number; firstByteMs: number };

/** Streams GET /api/export/search?…&format=csv to the end, sampling the server's memory meanwhile. */
export async function measureExport(server: BenchServer, q: ResolvedQuery, expected: number): Promise<ExportResult> {
  const params = new URLSearchParams(q.params);
  params.set("format", "csv");
  const rssBeforeMB = server.rssMB();
  server.resetWindow();
  const started = process.hrtime.bigint();
  const res = await fetch(`${server.baseUrl}/api/export/search?${params}`);
  if (!res.ok || !res.body) throw new Error(`GET /api/export/search → ${res.status}`);
  const firstByteMs = Number(process.hrtime.bigint() - started) / 1e6;
  const counter = new CsvRecordCounter();
  const decoder = new TextDecoder();
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    counter.push(decoder.decode(chunk, { stream: true }));
  }
  counter.push(decoder.decode());
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rows = Math.max(0, counter.end() - 1); // less the header
  return { q: q.label, expected, rows, bytes, seconds, rowsPerSec: rows / seconds, rssMaxMB: server.windowMaxRssMB(), rssBeforeMB, firstByteMs };
}
