import type { ImportSummary } from "@/lib/import/run-import";

/**
 * The NDJSON lines POST /api/import streams: progress while records go in, then
 * exactly one summary (or one error when the import itself failed). Types only
 * from run-import, so this file is safe in the browser bundle.
 */
export type ImportProgressLine = {
  type: "progress";
  /** Name of the uploaded file being imported. */
  file: string;
  /** Records committed so far, all files together. */
  records: number;
  perSecond: number;
  /** 1-based position of `file` among the uploaded files, and how many there are. */
  fileIndex: number;
  fileCount: number;
};
export type ImportSummaryLine = { type: "summary"; summary: ImportSummary };
export type ImportErrorLine = { type: "error"; error: string };
export type ImportStreamLine = ImportProgressLine | ImportSummaryLine | ImportErrorLine;

export const NDJSON_CONTENT_TYPE = "application/x-ndjson";

export function encodeLine(line: ImportStreamLine): string {
  return JSON.stringify(line) + "\n";
}

function toLine(text: string): ImportStreamLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { type: "error", error: `Unreadable progress line: ${text.slice(0, 80)}` };
  }
  if (typeof value === "object" && value !== null && "type" in value) {
    const t = (value as { type: unknown }).type;
    if (t === "progress" || t === "summary" || t === "error") return value as ImportStreamLine;
  }
  return { type: "error", error: `Unexpected progress line: ${text.slice(0, 80)}` };
}

/**
 * Splits a text stream into lines however the network chunks it: a chunk may
 * end mid-line (kept until its newline arrives) or hold several lines.
 */
export function createLineParser() {
  let buffered = "";
  return {
    push(chunk: string): ImportStreamLine[] {
      buffered += chunk;
      const parts = buffered.split("\n");
      buffered = parts.pop() ?? "";
      return parts.filter((p) => p.trim()).map(toLine);
    },
    /** The last line, when the stream ended without a newline. */
    end(): ImportStreamLine[] {
      const rest = buffered.trim();
      buffered = "";
      return rest ? [toLine(rest)] : [];
    },
  };
}

/** Reads a response body to its end, calling `onLine` for each line; returns every line. */
export async function readImportStream(body: ReadableStream<Uint8Array>, onLine?: (line: ImportStreamLine) => void): Promise<ImportStreamLine[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createLineParser();
  const all: ImportStreamLine[] = [];
  const emit = (lines: ImportStreamLine[]) => {
    for (const l of lines) {
      all.push(l);
      onLine?.(l);
    }
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    emit(parser.push(decoder.decode(value, { stream: true })));
  }
  emit(parser.push(decoder.decode()));
  emit(parser.end());
  return all;
}

/** "file.json#135" → file and position, for showing where a rejection or record came from. */
export function splitSourceRef(ref: string): { file: string; position: string | null } {
  const record = /^(.+)#(\d+)( \(.*\))?$/.exec(ref);
  if (record) return { file: record[1]!, position: `record #${record[2]}${record[3] ?? ""}` };
  const line = /^(.+?)#(line \d+.*)$/.exec(ref);
  if (line) return { file: line[1]!, position: line[2]! };
  return { file: ref, position: null };
}
