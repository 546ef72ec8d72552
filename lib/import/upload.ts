import "server-only";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runImport, type ImportSummary } from "@/lib/import/run-import";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "@/lib/import/limits";
import type { ImportProgressLine } from "@/lib/import/progress-stream";

export type ImportUpload = { files: File[]; longform: File | null; dryRun: boolean };
export type UploadCheck = { ok: true; upload: ImportUpload } | { ok: false; status: 400 | 413; error: string; field?: string };

const isFile = (v: FormDataEntryValue | null): v is File => typeof v === "object" && v !== null && typeof (v as File).arrayBuffer === "function";

/** Reads the import form: `files` (one or more), `longform` (optional), `dryRun` (checkbox). */
export function readImportForm(form: FormData): UploadCheck {
  // A file input left empty still sends one nameless, empty part.
  const files = form.getAll("files").filter(isFile).filter((f) => f.name || f.size);
  const lf = form.get("longform");
  const longform = isFile(lf) && (lf.name || lf.size) ? lf : null;
  if (!files.length) return { ok: false, status: 400, error: "Choose at least one file to import.", field: "files" };
  const bytes = files.reduce((n, f) => n + f.size, longform?.size ?? 0);
  if (bytes > MAX_UPLOAD_BYTES) return { ok: false, status: 413, error: `The files are too large (${Math.ceil(bytes / 1048576)} MB); the limit is ${MAX_UPLOAD_LABEL} in all.`, field: "files" };
  const dry = form.get("dryRun");
  return { ok: true, upload: { files, longform, dryRun: dry === "on" || dry === "true" } };
}

class TooLarge extends Error {}
const tooLarge = (): UploadCheck => ({ ok: false, status: 413, error: `The upload is too large; the limit is ${MAX_UPLOAD_LABEL} in all.`, field: "files" });

/**
 * The import form from a request, refusing more than MAX_UPLOAD_BYTES before
 * buffering it: by Content-Length when sent, else by counting as it arrives.
 */
export async function readImportRequest(request: Request): Promise<UploadCheck> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) return tooLarge();
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type) || !request.body) {
    return { ok: false, status: 400, error: "Send the files as multipart/form-data (fields: files, longform, dryRun)." };
  }
  let seen = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, c) {
        seen += chunk.byteLength;
        if (seen > MAX_UPLOAD_BYTES) c.error(new TooLarge());
        else c.enqueue(chunk);
      },
    }),
  );
  let form: FormData;
  try {
    form = await new Response(counted, { headers: { "content-type": type } }).formData();
  } catch (e) {
    if (e instanceof TooLarge || seen > MAX_UPLOAD_BYTES) return tooLarge();
    return { ok: false, status: 400, error: "The form data could not be read (expected multipart/form-data)." };
  }
  return readImportForm(form);
}

/** Only the last path segment, so an uploaded name can never leave the temp folder. */
function safeName(name: string, i: number): string {
  const base = path.basename(name.replace(/\\/g, "/")).replace(/[\u0000-\u001f]/g, "");
  return base && base !== "." && base !== ".." ? base : `upload-${i + 1}`;
}

/**
 * Imports uploaded files with the same runImport as the CLI. runImport reads
 * paths, so each upload is written under os.tmpdir() (in its own folder, keeping
 * its name: the name is what records' sourceRef and the rejections show) and
 * the folder is removed afterwards, whatever happens.
 */
export async function importUploads(
  upload: ImportUpload,
  opts: { onProgress?: (line: ImportProgressLine) => void; signal?: AbortSignal; analyse?: boolean; progressIntervalMs?: number } = {},
): Promise<ImportSummary> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "answerable-import-"));
  try {
    const names = upload.files.map((f, i) => safeName(f.name, i));
    const paths: string[] = [];
    for (const [i, file] of upload.files.entries()) {
      const sub = path.join(dir, String(i));
      await mkdir(sub);
      const p = path.join(sub, names[i]!);
      await writeFile(p, Buffer.from(await file.arrayBuffer()));
      paths.push(p);
    }
    let longform: string | null = null;
    if (upload.longform) {
      const sub = path.join(dir, "longform");
      await mkdir(sub);
      longform = path.join(sub, safeName(upload.longform.name, upload.files.length));
      await writeFile(longform, Buffer.from(await upload.longform.arrayBuffer()));
    }

    const started = Date.now();
    const interval = opts.progressIntervalMs ?? 250;
    let last = 0;
    let lastFile = "";
    const send = (records: number, file: string) => {
      const now = Date.now();
      // Throttled, but the first batch of each file always shows.
      if (file === lastFile && now - last < interval) return;
      last = now;
      lastFile = file;
      const fileIndex = Math.max(names.indexOf(file), 0) + 1;
      opts.onProgress?.({ type: "progress", file, records, perSecond: Math.round(records / Math.max((now - started) / 1000, 0.001)), fileIndex, fileCount: names.length });
    };
    send(0, names[0]!);

    const summary = await runImport({
      paths,
      longform,
      dryRun: upload.dryRun,
      analyse: opts.analyse,
      signal: opts.signal,
      progress: { update: (done, label) => send(done, label), done: () => {} },
    });
    // Report the names the editor uploaded, not the temp paths.
    const byPath = new Map(paths.map((p, i) => [p, names[i]!]));
    summary.files = summary.files.map((f) => ({ ...f, file: byPath.get(f.file) ?? path.basename(f.file) }));
    return summary;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
