import type { ImportSummary } from "@/lib/import/run-import";
import { splitSourceRef } from "@/lib/import/progress-stream";

const ROWS = [
  ["questions", "Questions"],
  ["answers", "Answers"],
  ["members", "Members"],
  ["bodies", "Answering bodies"],
] as const;

const n = (v: number) => v.toLocaleString("en-GB");

/** The CLI's summary (formatSummary) as a page: counts per entity, timing, every rejection. */
export function ImportSummaryView({ summary: s }: { summary: ImportSummary }) {
  return (
    <section aria-labelledby="import-summary-heading" className="import-summary">
      <h2 id="import-summary-heading">{s.dryRun ? "Dry run finished" : s.interrupted ? "Import interrupted" : "Import finished"}</h2>
      {s.dryRun ? (
        <p className="alert alert--notice">Dry run: everything below was rolled back; the database is unchanged.</p>
      ) : null}
      {s.interrupted ? (
        <p className="alert alert--notice">Stopped after the last committed batch; import the same files again to finish.</p>
      ) : null}
      <ul className="list small">
        {s.files.map((f, i) => (
          <li key={`${i}:${f.file}`}>
            <strong>{f.file}</strong>: {f.format}, {n(f.records)} records{f.rejected ? `, ${n(f.rejected)} rejected` : ""}
          </li>
        ))}
      </ul>
      <table className="import-counts">
        <caption className="muted small">Records per entity</caption>
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">Created</th>
            <th scope="col">Updated</th>
            <th scope="col">Unchanged</th>
            <th scope="col">Rejected</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([key, label]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{n(s[key].created)}</td>
              <td>{n(s[key].updated)}</td>
              <td>{n(s[key].unchanged)}</td>
              <td>{n(s[key].rejected)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        {s.seconds.toFixed(1)} s, {n(Math.round(s.recordsPerSecond))} records/s
      </p>
      {s.analysisFailures.length ? (
        <div className="alert alert--notice">
          <p>Analysis failed for {s.analysisFailures.length} imported answer(s); they are kept, not analysed (`npm run analyze` retries):</p>
          <ul className="small">
            {s.analysisFailures.slice(0, 10).map((f) => (
              <li key={f.answerId}>
                Answer {f.answerId}: {f.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {s.rejections.length ? (
        <>
          <h3>Rejected ({s.rejections.length})</h3>
          <table className="import-rejections">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Position</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {s.rejections.map((r, i) => {
                const { file, position } = splitSourceRef(r.sourceRef);
                return (
                  <tr key={`${i}:${r.sourceRef}`}>
                    <td>{file}</td>
                    <td>{position ?? "whole file"}</td>
                    <td>{r.reason}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : (
        <p className="small">No records were rejected.</p>
      )}
    </section>
  );
}
