"use client";

import { useActionState, useState, type FormEvent } from "react";
import { initialActionState } from "@/lib/actions/action-state";
import type { FormAction } from "@/components/forms/use-action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { ImportSummaryView } from "@/components/import/import-summary";
import { readImportStream, type ImportProgressLine } from "@/lib/import/progress-stream";
import type { ImportSummary } from "@/lib/import/run-import";

type Run =
  | { phase: "idle" }
  | { phase: "uploading" }
  | { phase: "running"; progress: ImportProgressLine | null }
  | { phase: "done"; summary: ImportSummary }
  | { phase: "failed"; error: string; field?: string };

/**
 * With JavaScript the upload goes to POST /api/import and its NDJSON progress
 * is shown as it arrives; without, the form posts to the server action and the
 * page comes back with the summary once everything is imported.
 */
export function ImportForm({ action, maxBytes, maxLabel }: { action: FormAction<ImportSummary>; maxBytes: number; maxLabel: string }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const [run, setRun] = useState<Run>({ phase: "idle" });
  const busy = pending || run.phase === "uploading" || run.phase === "running";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const files = data.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
    if (!files.length) return setRun({ phase: "failed", error: "Choose at least one file to import.", field: "files" });
    const longform = data.get("longform");
    const bytes = files.reduce((s, f) => s + f.size, longform instanceof File ? longform.size : 0);
    if (bytes > maxBytes) return setRun({ phase: "failed", error: `The files are too large; the limit is ${maxLabel} in all.`, field: "files" });

    setRun({ phase: "uploading" });
    try {
      const res = await fetch("/api/import", { method: "POST", body: data, headers: { accept: "application/x-ndjson" } });
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => null)) as { error?: string; field?: string } | null;
        return setRun({ phase: "failed", error: body?.error ?? `The import failed (HTTP ${res.status}).`, field: body?.field });
      }
      setRun({ phase: "running", progress: null });
      let finished = false;
      await readImportStream(res.body, (line) => {
        if (line.type === "progress") setRun({ phase: "running", progress: line });
        else if (line.type === "summary") {
          finished = true;
          setRun({ phase: "done", summary: line.summary });
        } else {
          finished = true;
          setRun({ phase: "failed", error: line.error });
        }
      });
      if (!finished) setRun({ phase: "failed", error: "The connection closed before the import reported its summary; some batches may have been imported." });
    } catch {
      setRun({ phase: "failed", error: "The upload failed (network error). Nothing may have been imported; try again." });
    }
  }

  const serverError = state.ok === false ? state : null;
  const error = run.phase === "failed" ? run.error : (serverError?.message ?? null);
  const fileErrors = run.phase === "failed" && run.field === "files" ? [run.error] : serverError?.fieldErrors.files;
  const summary = run.phase === "done" ? run.summary : run.phase === "idle" && state.ok === true ? state.data : null;

  return (
    <>
      <form className="form" action={formAction} onSubmit={onSubmit}>
        <FormAlert message={error} errors={serverError?.fieldErrors} fields={["files"]} />
        <div className={`field${fileErrors?.length ? " field--invalid" : ""}`}>
          <label htmlFor="field-files">Files</label>
          <p className="hint" id="import-limit">
            .json, .xml or .jsonl.gz; several at once; at most {maxLabel} in all.
          </p>
          <input id="field-files" name="files" type="file" multiple accept=".json,.xml,.gz,application/json,text/xml,application/gzip" aria-invalid={fileErrors?.length ? true : undefined} aria-describedby={fileErrors?.length ? "field-files-error" : undefined} />
          {fileErrors?.length ? (
            <p className="field-error" id="field-files-error">
              {fileErrors.join(" ")}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="field-longform">Longform full texts (optional)</label>
          <p className="hint">A .jsonl.gz of full question and answer texts, used to complete records the files have only as excerpts.</p>
          <input id="field-longform" name="longform" type="file" accept=".gz,application/gzip" />
        </div>
        <div className="field">
          <label className="checkbox" htmlFor="field-dryRun">
            <input id="field-dryRun" name="dryRun" type="checkbox" />
            Dry run: check the files and report what would change, then roll everything back
          </label>
        </div>
        <button type="submit" className="button" disabled={busy} aria-disabled={busy}>
          {busy ? "Importing…" : "Import"}
        </button>
      </form>

      <div aria-live="polite">
        {run.phase === "uploading" || pending ? <ImportProgress line={null} label="Uploading…" /> : null}
        {run.phase === "running" ? <ImportProgress line={run.progress} label="Importing…" /> : null}
      </div>
      {summary ? <ImportSummaryView summary={summary} /> : null}
    </>
  );
}

function ImportProgress({ line, label }: { line: ImportProgressLine | null; label: string }) {
  // Record totals are unknown until a file is read: the bar counts files, and is indeterminate for one.
  const determinate = line && line.fileCount > 1;
  return (
    <div className="import-progress">
      {determinate ? (
        <progress value={line.fileIndex - 1} max={line.fileCount} aria-label="Files imported" />
      ) : (
        <progress aria-label="Import in progress" />
      )}
      <p className="small">
        {line ? `${line.file} (file ${line.fileIndex} of ${line.fileCount}): ${line.records.toLocaleString("en-GB")} records, ${line.perSecond.toLocaleString("en-GB")}/s` : label}
      </p>
    </div>
  );
}
