import { getCaller, hasRole } from "@/lib/actions/caller";
import { jsonError } from "@/lib/http/api";
import { encodeLine, NDJSON_CONTENT_TYPE, type ImportStreamLine } from "@/lib/import/progress-stream";
import { importUploads, readImportRequest } from "@/lib/import/upload";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Imports uploaded files (multipart: files[], longform?, dryRun?) and streams
 * NDJSON: progress lines, then one summary line. Bad files are rejections in
 * the summary; only a failure of the import itself ends with an error line.
 */
export async function POST(request: Request) {
  if (!hasRole(await getCaller(), "editor")) return jsonError(403, "Importing needs the editor role.");
  const check = await readImportRequest(request);
  if (!check.ok) return jsonError(check.status, check.error, check.field);

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportStreamLine) => {
        try {
          controller.enqueue(encoder.encode(encodeLine(line)));
        } catch {
          // The client went away; the import stops at its next batch via the signal.
        }
      };
      try {
        const summary = await importUploads(check.upload, { onProgress: send, signal: request.signal });
        send({ type: "summary", summary });
      } catch (e) {
        console.error("Import failed", e);
        send({ type: "error", error: e instanceof Error ? e.message : "The import failed." });
      } finally {
        try {
          controller.close();
        } catch {
          // already closed by a cancelled client
        }
      }
    },
  });
  return new Response(body, { headers: { "content-type": `${NDJSON_CONTENT_TYPE}; charset=utf-8`, "cache-control": "no-store", "x-content-type-options": "nosniff" } });
}
