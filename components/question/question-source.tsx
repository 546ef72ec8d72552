import type { QuestionDetail } from "@/lib/data/question-detail";
import { describeProvenance, formatBytes } from "@/lib/domain/provenance";
import { formatDay } from "@/lib/dates";

const TRUNCATED = "Text truncated in the source — the full text has not been imported yet";

/** Where this record came from, whether its texts are complete, and its attachments. */
export function QuestionSource({ q }: { q: Pick<QuestionDetail, "source" | "textTruncated" | "answers" | "attachments"> }) {
  const p = describeProvenance(q.source);
  const truncatedAnswers = q.answers.filter((a) => a.textTruncated);
  const where = [p.file ? `file ${p.file}` : null, p.position, p.capturedOn ? `data as of ${formatDay(p.capturedOn, "long")}` : null].filter(Boolean).join(", ");
  return (
    <aside className="question-source small" aria-labelledby="question-source-heading">
      <h2 id="question-source-heading" className="question-source__heading">
        Source
      </h2>
      <p>
        {p.kind === "import" ? (
          <>
            Imported from {p.origin}
            {where ? ` (${where})` : null}
            {p.url ? (
              <>
                {" "}
                (<a href={p.url} rel="noopener">source record</a>)
              </>
            ) : null}
            {q.source.importedAt ? ` on ${formatDay(q.source.importedAt, "long")}` : null}.
          </>
        ) : (
          <>{p.origin}.</>
        )}
      </p>
      {q.textTruncated ? (
        <p>
          <span className="badge badge--truncated">Question: {TRUNCATED}</span>
        </p>
      ) : null}
      {truncatedAnswers.length ? (
        <p>
          <span className="badge badge--truncated">
            {truncatedAnswers.length === 1 && q.answers.length === 1
              ? "Answer"
              : `Answer${truncatedAnswers.length > 1 ? "s" : ""} of ${truncatedAnswers.map((a) => formatDay(a.dateAnswered)).join(", ")}`}
            : {TRUNCATED}
          </span>
        </p>
      ) : null}
      {q.attachments.length ? (
        <>
          <h3 className="question-source__heading">Attachments</h3>
          <ul className="list">
            {q.attachments.map((a) => {
              const details = [a.fileType, formatBytes(a.sizeBytes)].filter(Boolean).join(", ");
              return (
                <li key={a.id}>
                  <a href={a.url} rel="noopener">
                    {a.title}
                  </a>
                  {details ? <span className="muted"> ({details})</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
