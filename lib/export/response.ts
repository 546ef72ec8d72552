import { z } from "zod";
import { toDay } from "@/lib/dates";
import { csvChunks } from "@/lib/export/csv";
import { jsonArrayChunks } from "@/lib/export/json";
import { prime, textStream } from "@/lib/export/stream";

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The one parameter every export adds to its list's own; parsed beside them. */
export const exportFormatSchema = z.object({
  format: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
    z.enum(EXPORT_FORMATS, { error: "must be csv or json" }).default("csv"),
  ),
});

/** "answerable-search-2026-11-26.csv": only safe characters, so no header quoting issues. */
export function exportFilename(what: string, format: ExportFormat, today: Date = new Date()): string {
  const slug = what.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "export";
  return `answerable-${slug}-${toDay(today)}.${format}`;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
};

/**
 * A streamed download of rows read batch by batch. The first batch is read
 * before the response is made, so a missing member or a failing query is still
 * an error status rather than a truncated 200.
 */
export async function exportResponse<R extends Record<string, unknown>>(opts: {
  format: ExportFormat;
  filename: string;
  columns: readonly (keyof R & string)[];
  batches: AsyncIterable<R[]>;
}): Promise<Response> {
  const batches = await prime(opts.batches);
  const chunks = opts.format === "csv" ? csvChunks(opts.columns, batches) : jsonArrayChunks(batches);
  return new Response(textStream(chunks), {
    status: 200,
    headers: {
      "Content-Type": CONTENT_TYPES[opts.format],
      "Content-Disposition": `attachment; filename="${opts.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
