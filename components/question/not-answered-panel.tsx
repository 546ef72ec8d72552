import type { QuestionAnalysisView } from "@/lib/analysis/annotate";
import { nonAnswerLabel } from "@/lib/domain/non-answer-labels";

/** "What was not answered": the question's parts and what the answer did with each. */
export function NotAnsweredPanel({ view }: { view: QuestionAnalysisView }) {
  const parts = view.parts.filter((p) => p.label !== "main" || view.parts.length === 1);
  if (parts.length === 0 && view.nonAnswerKinds.length === 0) return null;
  const unanswered = parts.filter((p) => p.answered === false);
  return (
    <section aria-labelledby="not-answered-heading" className="card">
      <h2 id="not-answered-heading">What was not answered</h2>
      {view.nonAnswerKinds.length ? (
        <p>
          The answer declines or defers: <strong>{view.nonAnswerKinds.map((k) => nonAnswerLabel(k)).join(", ")}</strong>.
        </p>
      ) : (
        <p className="muted">No passage of the answer declines to answer.</p>
      )}
      {parts.length > 1 ? (
        <ul className="list">
          {parts.map((p) => (
            <li key={p.label}>
              <strong>({p.label})</strong> {p.text}{" "}
              {p.answered === false ? (
                <span className="badge badge--UNRESOLVED">Not answered{p.nonAnswerKind ? ` — ${nonAnswerLabel(p.nonAnswerKind)}` : ""}</span>
              ) : p.answered === true ? (
                <span className="badge badge--STATED">Answered</span>
              ) : (
                <span className="badge">Cannot tell</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {parts.length > 1 && unanswered.length === 0 ? <p className="small muted">No part is evidently left unanswered.</p> : null}
    </section>
  );
}
