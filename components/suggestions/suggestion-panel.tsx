import Link from "next/link";
import type { QuestionSuggestions } from "@/lib/data/suggestions/list";
import { formatDay } from "@/lib/dates";
import { nonAnswerLabel } from "@/lib/domain/non-answer-labels";
import { ReviewButtons, type ReviewAction } from "@/components/suggestions/review-buttons";
import { FigureStatusBadge, figureValueLabel } from "@/components/ui/figure-status-badge";
import { QuestionLink } from "@/components/ui/question-link";
import { FOLLOW_UP_KIND_LABELS } from "@/components/question/follow-up-list";

/** What analysis proposes for this question, each awaiting an editor's Accept or Reject. */
export function SuggestionPanel({
  suggestions,
  questionId,
  reviewAction,
  heading = "Suggested by analysis",
}: {
  suggestions: QuestionSuggestions;
  /** The page's question, when the panel sits on one: links are then told from its side. */
  questionId?: number;
  reviewAction: ReviewAction;
  heading?: string;
}) {
  const { figures, links, resolutions } = suggestions;
  if (figures.length + links.length + resolutions.length === 0) return null;
  return (
    <section aria-labelledby="suggestions-heading" className="card suggestions">
      <h2 id="suggestions-heading">{heading}</h2>
      <p className="muted small">Accepted suggestions become ordinary records; rejected ones are not suggested again.</p>

      {links.length ? (
        <>
          <h3>Follow-up links</h3>
          <ul className="list">
            {links.map((l) => {
              const label = `${FOLLOW_UP_KIND_LABELS[l.kind]} link from ${l.from.map((q) => q.uin).join(", ")} to ${l.to.uin}`;
              const other = questionId === undefined ? null : l.to.id === questionId ? l.from : [l.to];
              return (
                <li key={l.id}>
                  {other ? (
                    <>
                      <span className="muted small">{l.to.id === questionId ? "Follows up " : "Followed up by "}</span>
                      {other.map((q) => (
                        <div key={q.id}>
                          <QuestionLink question={q} />
                        </div>
                      ))}
                    </>
                  ) : (
                    <>
                      {l.from.map((q) => (
                        <div key={q.id}>
                          <QuestionLink question={q} />
                        </div>
                      ))}
                      <span className="muted small">followed up by </span>
                      <QuestionLink question={l.to} />
                    </>
                  )}
                  <div className="meta">
                    <span className="badge">{FOLLOW_UP_KIND_LABELS[l.kind]}</span>
                    {l.score != null ? <span>similarity {l.score.toFixed(2)}</span> : null}
                    {l.note ? <span>{l.note}</span> : null}
                  </div>
                  <ReviewButtons action={reviewAction} target="followUp" id={l.id} label={label} />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}

      {figures.length ? (
        <>
          <h3>Figures</h3>
          <ul className="list">
            {figures.map((f) => (
              <li key={f.id}>
                <strong>{f.measure}</strong> <FigureStatusBadge status={f.status} /> {figureValueLabel(f)}
                {f.nonAnswerKind ? <span className="badge">{nonAnswerLabel(f.nonAnswerKind)}</span> : null}
                {f.quote ? <p className="small muted snippet">“{f.quote}”</p> : null}
                <div className="actions">
                  <ReviewButtons action={reviewAction} target="figure" id={f.id} label={`figure ${f.measure}`} />
                  <Link href={`/figures/${f.id}/review`} className="small">
                    Edit, then accept
                  </Link>
                  <Link href={`/figures/${f.id}`} className="small">
                    Where it comes from
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {resolutions.length ? (
        <>
          <h3>Figures this answer may resolve</h3>
          <ul className="list">
            {resolutions.map((r) => (
              <li key={r.id}>
                <strong>{r.figure.measure}</strong>: {r.valueText ?? r.value ?? "—"} in the answer of {formatDay(r.answerDate)}
                {r.quote ? <p className="small muted snippet">“{r.quote}”</p> : null}
                <ReviewButtons action={reviewAction} target="resolution" id={r.id} label={`resolution of ${r.figure.measure}`} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
